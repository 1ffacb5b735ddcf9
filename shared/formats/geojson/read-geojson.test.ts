import { describe, expect, it } from 'vitest';
import { FormatReadError } from '../read-error';
import { readGeoJson } from './read-geojson';

const bytes = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

describe('GeoJSON reader', () => {
  it('reads a FeatureCollection with the old crs member and a BOM', () => {
    const layer = readGeoJson(bytes('\uFEFF' + JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4547' } },
      features: [{ type: 'Feature', properties: { 村: '东王庄村', nested: { a: 1 } }, geometry: { type: 'Point', coordinates: [543434, 4296420] } }],
    })));
    expect(layer.crsText).toBe('urn:ogc:def:crs:EPSG::4547');
    expect(layer.features[0]!.properties).toEqual({ 村: '东王庄村', nested: '{"a":1}' });
  });
  it('reads a bare Feature and a bare geometry', () => {
    expect(readGeoJson(bytes({ type: 'Feature', properties: null, geometry: null })).features).toHaveLength(1);
    expect(readGeoJson(bytes({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] })).features[0]!.geometry?.type).toBe('Polygon');
  });
  it('refuses invalid JSON, non-GeoJSON and broken geometries with one sentence', () => {
    expect(() => readGeoJson(bytes('{"type": "FeatureCollection", "features": ['), 'a.geojson')).toThrow(FormatReadError);
    expect(() => readGeoJson(bytes({ hello: 'world' }))).toThrow(/not GeoJSON/);
    expect(() => readGeoJson(bytes({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Blob' } }] }))).toThrow(/invalid geometry/);
  });
});

// GeoJSON: RFC 7946 longitude/latitude when the data is in degrees; in a projected system (a Gauss-Krüger zone)
// the old `crs` member names it, which GDAL, QGIS and Landlink's own reader understand.
import type { Feature, Geometry } from 'geojson';
import type { CrsInfo } from '../../crs/crs-info';

export function writeGeoJson(features: readonly Feature<Geometry | null, Record<string, unknown> | null>[], options: { crs: CrsInfo; name?: string }): Uint8Array {
  const head: Record<string, unknown> = { type: 'FeatureCollection', ...(options.name ? { name: options.name } : {}) };
  if (options.crs.kind !== 'geographic' && options.crs.code > 0) head['crs'] = { type: 'name', properties: { name: `urn:ogc:def:crs:EPSG::${options.crs.code}` } };
  const opening = JSON.stringify(head).slice(0, -1);
  // One feature per line: readable in a text editor, and diffs of two exports stay small.
  const body = features.map((f) => JSON.stringify({ type: 'Feature', properties: f.properties ?? {}, geometry: f.geometry })).join(',\n');
  return new TextEncoder().encode(`${opening},"features":[\n${body}\n]}\n`);
}

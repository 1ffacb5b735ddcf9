// CAD drawings written by GDAL's DXF driver (tests/tools/dxf-fixtures.sh): parcels from hatches and closed
// polylines, CAD layers and labels as attributes, the zone detected from the coordinates, and areas against
// GeographicLib (TransverseMercatorProj -r, then Planimeter, on the CGCS2000 ellipsoid).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ellipsoidalArea } from '../../geo/area/ellipsoidal-area';
import { importFile } from '../import-file';
import { readAny } from '../read-any';
import { FormatReadError } from '../read-error';
import { readDxf } from './read-dxf';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/formats/dxf/${name}`, import.meta.url)));
const source = JSON.parse(new TextDecoder().decode(fixture('parcels.geojson'))) as { features: { properties: { Layer: string }; geometry: Polygon | { type: 'LineString'; coordinates: Position[] } }[] };

/** Planimeter's area of rings in zone 38 with the prefix (outer minus holes). */
function planimeter(rings: Position[][]): number {
  return rings.reduce((sum, ring, i) => {
    const degrees = execFileSync('TransverseMercatorProj', ['-r', '-l', '114', '-k', '1', '-e', '6378137', '1/298.257222101', '-p', '12'], { input: ring.map(([e, n]) => `${(e! - 38_500_000).toFixed(3)} ${n!.toFixed(3)}`).join('\n'), encoding: 'utf8' });
    const area = execFileSync('Planimeter', ['-e', '6378137', '1/298.257222101', '-p', '15'], { input: degrees.trim().split('\n').map((l) => l.trim().split(/\s+/).slice(0, 2).join(' ')).join('\n'), encoding: 'utf8' });
    return sum + (i === 0 ? 1 : -1) * Math.abs(Number(area.trim().split(/\s+/)[2]));
  }, 0);
}

describe('reading a DXF drawing', () => {
  for (const file of ['parcels.dxf', 'parcels-gbk.dxf']) {
    it(`${file}: hatches and closed polylines become parcels with CAD layer and labels; zone 38 from the eastings; Planimeter's areas`, async () => {
      const read = await readAny(new Map([[file, fixture(file)]]));
      expect(read.format).toBe('dxf');
      expect(read.encoding?.name).toBe(file.includes('gbk') ? 'gbk' : 'utf-8');
      expect(read.crs.ok && read.crs.crs.code).toBe(4526);
      expect(read.crs.ok && read.crs.how.en).toMatch(/zone number 38/);
      expect(read.layer.features.map((f) => f.properties['CAD图层'])).toEqual(['复垦地块', '复垦地块', '建新地块']);
      expect(read.layer.features.map((f) => f.properties['图元'])).toEqual(['HATCH', 'HATCH', 'LWPOLYLINE']);
      expect(read.layer.features.map((f) => f.properties['注记'])).toEqual(['FK2026-101；桃坊坡村 旱地', 'FK2026-102', 'JX2026-201']);
      expect(read.notes[0]!.en).toMatch(/1 open polylines left out/);
      const converted = await importFile(new Map([[file, fixture(file)]]), { table: 'reclaim_parcels', fieldMap: { 注记1: 'code' }, defaults: { status: 'planned' } });
      expect(converted.collection.features.map((f) => f.properties['code'])).toEqual(['FK2026-101', 'FK2026-102', 'JX2026-201']);
      const expectedRings = source.features.slice(0, 3).map((f) => (f.geometry.type === 'Polygon' ? f.geometry.coordinates : [f.geometry.coordinates]));
      converted.collection.features.forEach((f, i) => {
        expect((f.geometry as Polygon).coordinates).toHaveLength(expectedRings[i]!.length);
        const reference = planimeter(expectedRings[i]!);
        expect(Math.abs(ellipsoidalArea(f.geometry as Polygon | MultiPolygon) - reference) / reference).toBeLessThan(1e-9);
      });
    });
  }

  it('refuses a drawing without closed boundaries, and a file that is not DXF, with the fix', () => {
    const open = new TextDecoder().decode(fixture('parcels.dxf')).replace(/\nHATCH\r?\n/g, '\nXHATCH\n').replace(/\nLWPOLYLINE\r?\n/g, '\nLINEX\n');
    expect(() => readDxf(new TextEncoder().encode(open), 'open.dxf')).toThrow(/no closed polyline or hatch.*PEDIT/);
    expect(() => readDxf(new TextEncoder().encode('hello'), 'x.dxf')).toThrow(FormatReadError);
  });
});

// Turf-style fixtures: every tests/fixtures/geo/in/*.geojson is measured and validated feature by feature, and the
// result must equal tests/fixtures/geo/out/<same name>.json. A new case is a new file; run with UPDATE_FIXTURES=1
// to write the expected output of a new case (then read it before committing).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ellipsoidalArea, ellipsoidalPerimeter } from './area/ellipsoidal-area';
import { gaussKrugerPlaneArea } from './area/plane-area';
import { repairGeometry, validateGeometry } from './validate/index';

const inFolder = new URL('../../tests/fixtures/geo/in/', import.meta.url);
const outFolder = new URL('../../tests/fixtures/geo/out/', import.meta.url);
const round = (value: number, digits: number) => Number(value.toFixed(digits));

function describeFeature(geometry: Geometry) {
  const problems = validateGeometry(geometry).map((p) => ({ code: p.code, severity: p.severity, location: p.location?.map((v) => round(v, 9)) }));
  const repair = repairGeometry(geometry);
  const polygonal = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
  const usable = polygonal && !problems.some((p) => p.severity === 'error');
  const measured = usable
    ? {
        area_m2: round(ellipsoidalArea(geometry as Polygon | MultiPolygon), 6),
        perimeter_m: round(ellipsoidalPerimeter(geometry as Polygon | MultiPolygon), 6),
        plane_area_m2: round(gaussKrugerPlaneArea(geometry as Polygon | MultiPolygon).areaM2, 6),
        plane_crs: gaussKrugerPlaneArea(geometry as Polygon | MultiPolygon).planeCrs.code,
      }
    : {};
  return { ...measured, problems, repairs: repair.repairs.map((r) => r.code), remaining_after_repair: repair.remaining.map((p) => p.code) };
}

describe('geometry fixtures', () => {
  for (const file of readdirSync(inFolder).filter((f) => f.endsWith('.geojson')))
    it(file, () => {
      const collection = JSON.parse(readFileSync(new URL(file, inFolder), 'utf8')) as FeatureCollection;
      const actual = collection.features.map((f) => ({ name: f.properties?.['name'], ...describeFeature(f.geometry!) }));
      const outFile = new URL(file.replace(/\.geojson$/, '.json'), outFolder);
      if (process.env['UPDATE_FIXTURES'] || !existsSync(outFile)) writeFileSync(outFile, JSON.stringify(actual, null, 2) + '\n');
      expect(actual).toEqual(JSON.parse(readFileSync(outFile, 'utf8')));
    });
});

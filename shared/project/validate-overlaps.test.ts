// Spatial checks of validate: overlapping parcels, a parcel on a construction plot, outside its village, a house
// outside every village — each reported with the codes and the ellipsoidal overlap area.
import { beforeAll, describe, expect, it } from 'vitest';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { createEmptyProject } from './create-empty-project';
import { insertFeatures } from './insert-features';
import { validateProject } from './validate-project';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs();
});

const square = (x: number, y: number, size: number) => ({ type: 'MultiPolygon' as const, coordinates: [[[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]]] });

describe('spatial checks of a project', () => {
  it('finds overlaps, parcels outside their village and houses outside every village', () => {
    const db = createEmptyProject(SQL, { name: 't', county: 't' });
    insertFeatures(db, 'admin_areas', [{ properties: { level: 'village', code: 'V1', name: '甲村' }, geometry: square(114, 38.8, 0.01) }]);
    insertFeatures(db, 'reclaim_parcels', [
      { properties: { code: 'P1', status: 'planned', village: '甲村' }, geometry: square(114.001, 38.801, 0.001) },
      { properties: { code: 'P2', status: 'planned', village: '甲村' }, geometry: square(114.0015, 38.801, 0.001) },
      { properties: { code: 'P3', status: 'planned', village: '甲村' }, geometry: square(114.0095, 38.805, 0.001) },
      { properties: { code: 'P4', status: 'planned', village: '乙村' }, geometry: square(114.005, 38.805, 0.0005) },
    ]);
    insertFeatures(db, 'construction_plots', [{ properties: { code: 'C1', status: 'built' }, geometry: square(114.0012, 38.8015, 0.0002) }]);
    insertFeatures(db, 'old_houses', [{ properties: { code: 'H1', status: 'pending' }, geometry: { type: 'Point', coordinates: [114.2, 38.9] } }]);
    const problems = validateProject(db);
    const kinds = problems.map((p) => `${p.problem}:${p.code}`);
    expect(kinds).toContain('parcel_overlap:P1');
    expect(kinds).toContain('parcel_overlaps_construction_plot:P1');
    expect(kinds).toContain('parcel_outside_village:P3');
    expect(kinds).toContain('village_not_found:P4');
    expect(kinds).toContain('house_outside_villages:H1');
    const overlap = problems.find((p) => p.problem === 'parcel_overlap')!;
    expect(overlap.severity).toBe('error');
    expect(overlap.message).toMatch(/P1 overlaps P2 by \d+\.\d\d m² \(\d+\.\d\d mu\)/);
    expect(overlap.messageZh).toContain('重叠');
  });
});

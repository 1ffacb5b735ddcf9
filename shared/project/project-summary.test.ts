import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { geometryArea } from '../domain/cached-area';
import { squareMetresToMu } from '../geo/units';
import { loadSqlJs } from '../node/load-sql-js';
import { createEmptyProject } from './create-empty-project';
import { insertFeatures } from './insert-features';
import { projectSummary } from './project-summary';
import { readLayer } from './read-layer';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const STATUSES = ['planned', 'in_progress', 'completed', 'accepted', 'filed'] as const;
const square = (x: number, y: number, size: number) => ({ type: 'Polygon' as const, coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]] });

describe('projectSummary', () => {
  it('tallies counts and areas by status and class like a row-by-row sum, including rows whose cached area another tool cleared', () => {
    const parcel = fc.record({ status: fc.constantFrom(...STATUSES), klass: fc.constantFrom('0103', '0101', null), size: fc.double({ min: 0.0002, max: 0.003, noNaN: true }), cleared: fc.boolean() });
    fc.assert(
      fc.property(fc.array(parcel, { minLength: 1, maxLength: 30 }), (parcels) => {
        const db = createEmptyProject(SQL, { name: 't', county: 't' });
        insertFeatures(db, 'reclaim_parcels', parcels.map((p, i) => ({ properties: { code: `FK-${i}`, status: p.status, target_class: p.klass }, geometry: square(114 + i * 0.01, 38, p.size) })));
        parcels.forEach((p, i) => p.cleared && db.run('UPDATE reclaim_parcels SET area_m2 = NULL WHERE code = ?', [`FK-${i}`]));
        const summary = projectSummary(db);
        for (const status of STATUSES) {
          const mine = parcels.map((p, i) => ({ p, i })).filter(({ p }) => p.status === status);
          const area = mine.reduce((sum, { p, i }) => sum + geometryArea(square(114 + i * 0.01, 38, p.size))!, 0);
          expect(summary.parcelsByStatus[status].count).toBe(mine.length);
          expect(summary.parcelsByStatus[status].area_m2).toBeCloseTo(area, 3);
          expect(summary.parcelsByStatus[status].area_mu).toBeCloseTo(squareMetresToMu(area), 4);
        }
        const classTotal = Object.values(summary.parcelsByTargetClass).reduce((n, t) => n + t.count, 0);
        expect(classTotal).toBe(parcels.length);
        db.close();
      }),
      { numRuns: 40 },
    );
  });
});

describe('readLayer', () => {
  it('gives the layer its bbox from the stored envelopes, and none to an empty layer', () => {
    const db = createEmptyProject(SQL, { name: 't', county: 't' });
    expect(readLayer(db, 'reclaim_parcels').bbox).toBeUndefined();
    insertFeatures(db, 'reclaim_parcels', [{ properties: { status: 'planned' }, geometry: square(114, 38, 0.01) }, { properties: { status: 'planned' }, geometry: square(114.5, 38.2, 0.02) }]);
    insertFeatures(db, 'old_houses', [{ properties: { status: 'pending' }, geometry: { type: 'Point', coordinates: [113.9, 37.5] } }]);
    const bbox = readLayer(db, 'reclaim_parcels').bbox!;
    [114, 38, 114.52, 38.22].forEach((v, i) => expect(bbox[i]).toBeCloseTo(v, 12));
    expect(readLayer(db, 'old_houses').bbox).toEqual([113.9, 37.5, 113.9, 37.5]);
    db.close();
  });
});

describe('projectSummary from rows already read', () => {
  it('gives the same tallies from the layers the worker read as from the database', async () => {
    const { buildSampleProject } = await import('../../sample-data/index');
    const db = buildSampleProject(SQL, { seed: 3 });
    db.run("UPDATE reclaim_parcels SET area_m2 = NULL WHERE fid % 7 = 0");
    const fromDb = projectSummary(db);
    const fromRows = projectSummary(db, { reclaim_parcels: readLayer(db, 'reclaim_parcels'), construction_plots: readLayer(db, 'construction_plots') });
    expect(Object.keys(fromRows.parcelsByStatus)).toEqual(Object.keys(fromDb.parcelsByStatus));
    for (const [status, tally] of Object.entries(fromDb.parcelsByStatus)) {
      expect(fromRows.parcelsByStatus[status as keyof typeof fromRows.parcelsByStatus].count).toBe(tally.count);
      expect(fromRows.parcelsByStatus[status as keyof typeof fromRows.parcelsByStatus].area_m2).toBeCloseTo(tally.area_m2, 4);
    }
    fromDb.linkageProjects.forEach((p, i) => {
      expect(fromRows.linkageProjects[i]!.code).toBe(p.code);
      expect(fromRows.linkageProjects[i]!.surplus_mu).toBeCloseTo(p.surplus_mu, 6);
      expect(fromRows.linkageProjects[i]!.construction_mu).toBeCloseTo(p.construction_mu, 6);
    });
    expect(Object.keys(fromRows.parcelsByTargetClass).sort()).toEqual(Object.keys(fromDb.parcelsByTargetClass).sort());
    db.close();
  });
});

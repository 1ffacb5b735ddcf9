import type { FeatureCollection, Geometry } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { loadSqlJs } from '../node/load-sql-js';
import { createEmptyProject } from './create-empty-project';
import { exportProject } from './export-project';
import { importGeoJSON } from './import-geojson';
import { ImportCancelledError, importGeoJSONInChunks } from './import-in-chunks';
import { readLayer } from './read-layer';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

function parcels(count: number, bad?: number): FeatureCollection<Geometry> {
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: count }, (_, i) => ({
      type: 'Feature' as const,
      properties: { DKBH: `FK-${i}`, status: i === bad ? 'demolished' : 'planned' },
      geometry: { type: 'Polygon' as const, coordinates: [[[114 + i * 0.001, 38], [114.0005 + i * 0.001, 38], [114.0005 + i * 0.001, 38.0005], [114 + i * 0.001, 38]]] },
    })),
  };
}

const auditLines = (db: ReturnType<typeof createEmptyProject>) => Number(db.exec("SELECT count(*) FROM audit_log WHERE action = 'import'")[0]!.values[0]![0]);

describe('importGeoJSONInChunks', () => {
  it('writes what importGeoJSON writes, with progress per chunk and one audit line', async () => {
    const chunked = createEmptyProject(SQL, { name: 't', county: 't' });
    const whole = createEmptyProject(SQL, { name: 't', county: 't' });
    const progress: number[] = [];
    const result = await importGeoJSONInChunks(chunked, 'reclaim_parcels', parcels(23), { fieldMap: { DKBH: 'code' }, chunkSize: 5, onProgress: (done) => progress.push(done) });
    importGeoJSON(whole, 'reclaim_parcels', parcels(23), { fieldMap: { DKBH: 'code' } });
    expect(result.inserted).toBe(23);
    expect(progress).toEqual([5, 10, 15, 20, 23]);
    expect(readLayer(chunked, 'reclaim_parcels')).toEqual(readLayer(whole, 'reclaim_parcels'));
    expect(auditLines(chunked)).toBe(1);
  });

  it('leaves the project exactly as it was when cancelled between chunks', async () => {
    const db = createEmptyProject(SQL, { name: 't', county: 't' });
    const before = exportProject(db);
    let asked = 0;
    await expect(importGeoJSONInChunks(db, 'reclaim_parcels', parcels(23), { chunkSize: 5, keepGoing: async () => ++asked < 3 })).rejects.toBeInstanceOf(ImportCancelledError);
    expect(readLayer(db, 'reclaim_parcels').features).toHaveLength(0);
    expect(auditLines(db)).toBe(0);
    expect(exportProject(db)).toEqual(before);
  });

  it('rolls back every chunk on a bad feature and names its place in the file', async () => {
    const db = createEmptyProject(SQL, { name: 't', county: 't' });
    await expect(importGeoJSONInChunks(db, 'reclaim_parcels', parcels(23, 17), { chunkSize: 5 })).rejects.toMatchObject({ featureIndex: 17, message: expect.stringMatching(/^feature 18: /) });
    expect(readLayer(db, 'reclaim_parcels').features).toHaveLength(0);
  });
});

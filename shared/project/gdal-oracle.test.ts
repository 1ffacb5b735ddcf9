// GDAL is the oracle for "QGIS and GDAL open the project as it is": ogrinfo must list every table with the right
// count and SRS and print no warning or error, for the sample, for a file saved after edits, and for a file GDAL
// gave an R*Tree index that Landlink then opened, edited and saved. Where GDAL's own GeoPackage validator
// (python3-gdal) is installed, it must pass too.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleProject } from '../../sample-data/build-sample-project';
import { atomicWriteFile } from '../node/atomic-write-file';
import { deleteFeatures, exportProject, insertFeatures, layerCounts, openProject, readLayer, readMeta, updateFeature } from './index';

const OGRINFO = '/usr/bin/ogrinfo';
const VALIDATOR = '/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py';
const haveGdal = existsSync(OGRINFO);
if (!haveGdal && process.env.CI) throw new Error('ogrinfo (Debian gdal-bin) is missing: CI must install gdal-bin for the GeoPackage oracle tests');

let SQL: SqlJsStatic;
let dir: string;
beforeAll(async () => {
  SQL = await initSqlJs();
  dir = mkdtempSync(path.join(tmpdir(), 'landlink-gdal-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface OgrReport {
  output: string;
  layers: Map<string, { count: number; srs4490: boolean }>;
}

/** Runs ogrinfo and fails on any warning or error it prints. */
function ogrinfo(file: string, args: string[] = ['-al', '-so']): OgrReport {
  const run = spawnSync(OGRINFO, [...args, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr.trim()).toBe('');
  expect(run.stdout).not.toMatch(/\b(warning|error)\b/i);
  const layers = new Map<string, { count: number; srs4490: boolean }>();
  for (const block of run.stdout.split(/\nLayer name: /).slice(1)) {
    const name = block.split('\n')[0]!.trim();
    const count = Number(/Feature Count: (\d+)/.exec(block)?.[1] ?? NaN);
    layers.set(name, { count, srs4490: /ID\["EPSG",4490\]/.test(block) });
  }
  return { output: run.stdout, layers };
}

function expectMatchesProject(report: OgrReport, counts: Record<string, number>, featureTables: string[]): void {
  expect([...report.layers.keys()].sort()).toEqual(Object.keys(counts).sort());
  for (const [table, count] of Object.entries(counts)) expect(report.layers.get(table)?.count, table).toBe(count);
  for (const table of featureTables) expect(report.layers.get(table)?.srs4490, table).toBe(true);
}

function validatorPasses(file: string): void {
  if (!existsSync(VALIDATOR)) return; // python3-gdal is optional; ogrinfo is the required oracle
  const run = spawnSync('python3', [VALIDATOR, file], { encoding: 'utf8' });
  expect(`${run.stdout}${run.stderr}`.trim()).toBe('');
  expect(run.status).toBe(0);
}

const FEATURE_TABLES = ['admin_areas', 'resettlement_sites', 'old_houses', 'reclaim_parcels', 'construction_plots', 'context_lines'];

describe.skipIf(!haveGdal)('GDAL reads Landlink projects cleanly', () => {
  it('the sample county: every table, right counts, SRS 4490, no warning', () => {
    const db = buildSampleProject(SQL, { seed: 11 });
    const file = path.join(dir, 'sample.gpkg');
    atomicWriteFile(file, exportProject(db));
    const report = ogrinfo(file);
    expectMatchesProject(report, layerCounts(db), FEATURE_TABLES);
    expect(report.output).toMatch(/Geometry: Multi Polygon/);
    validatorPasses(file);
    db.close();
  });

  it('a project saved after edits, read feature by feature', () => {
    const base = buildSampleProject(SQL, { seed: 12 });
    const { db } = openProject(SQL, exportProject(base));
    const parcels = readLayer(db, 'reclaim_parcels').features;
    updateFeature(db, 'reclaim_parcels', parcels[0]!.properties.fid, { properties: { status: 'accepted', acceptance_doc: '验〔2024〕1号' }, geometry: { type: 'Polygon', coordinates: [[[114.3, 38.9], [114.302, 38.9], [114.302, 38.902], [114.3, 38.9]]] } });
    deleteFeatures(db, 'reclaim_parcels', [parcels[1]!.properties.fid]);
    insertFeatures(db, 'old_houses', [{ properties: { code: 'JF-NEW-1', status: 'pending', household: '测试某户', demolition_date: null }, geometry: { type: 'Point', coordinates: [114.01, 38.81] } }]);
    insertFeatures(db, 'verifications', [{ properties: { code: 'HC-1', entity_table: 'old_houses', entity_code: 'JF-NEW-1', verified_at: '2024-07-01T09:00:00+08:00', finding: 'doubtful', checklist: { rubble_cleared: true } } }]);
    const [photo] = insertFeatures(db, 'photos', [{ properties: { code: 'ZP-1', data: new Uint8Array([0xff, 0xd8, 0xff, 0xd9]), content_type: 'image/jpeg', azimuth_deg: 90 } }]);
    db.run('INSERT INTO verifications_photos (base_id, related_id) VALUES (1, ?)', [photo!]);
    const file = path.join(dir, 'edited.gpkg');
    atomicWriteFile(file, exportProject(db));
    expectMatchesProject(ogrinfo(file), layerCounts(db), FEATURE_TABLES);
    // Reading every feature also checks every stored value (dates, datetimes, geometry blobs) against GDAL.
    ogrinfo(file, ['-al', '-q']);
    validatorPasses(file);
    const extent = /Extent: \(([\d.]+), ([\d.]+)\) - \(([\d.]+), ([\d.]+)\)/.exec(ogrinfo(file, ['-so', '-al']).output.split('Layer name: reclaim_parcels')[1]!)!;
    expect(Number(extent[3])).toBeCloseTo(114.302, 6); // the extent grew to cover the moved parcel
  });

  it('a file GDAL gave an R*Tree index is opened, edited and saved by Landlink, and still reads cleanly', () => {
    const file = path.join(dir, 'indexed.gpkg');
    const db = buildSampleProject(SQL, { seed: 13 });
    writeFileSync(file, exportProject(db));
    execFileSync(OGRINFO, [file, '-sql', "SELECT CreateSpatialIndex('reclaim_parcels','geom')"], { stdio: 'pipe' });
    const indexed = new SQL.Database(readFileSync(file));
    expect(indexed.exec("SELECT count(*) FROM sqlite_master WHERE name LIKE 'rtree_reclaim_parcels_geom%'")[0]!.values[0]![0]).toBeGreaterThan(0);
    indexed.close();

    const opened = openProject(SQL, new Uint8Array(readFileSync(file)), { fileName: 'indexed.gpkg' });
    expect(opened.droppedSpatialIndexes).toEqual(['reclaim_parcels.geom']);
    const fid = readLayer(opened.db, 'reclaim_parcels').features[0]!.properties.fid;
    updateFeature(opened.db, 'reclaim_parcels', fid, { properties: { contractor: '新施工队' }, geometry: { type: 'Polygon', coordinates: [[[114.05, 38.8], [114.051, 38.8], [114.051, 38.801], [114.05, 38.8]]] } });
    insertFeatures(opened.db, 'reclaim_parcels', [{ properties: { code: 'FK-IDX-1', status: 'planned' }, geometry: { type: 'Polygon', coordinates: [[[114.06, 38.8], [114.061, 38.8], [114.061, 38.801], [114.06, 38.8]]] } }]);
    atomicWriteFile(file, exportProject(opened.db));

    expectMatchesProject(ogrinfo(file), layerCounts(opened.db), FEATURE_TABLES);
    expect(execFileSync('sqlite3', [file, 'PRAGMA integrity_check'], { encoding: 'utf8' }).trim()).toBe('ok');
    validatorPasses(file);
    const reopened = openProject(SQL, new Uint8Array(readFileSync(file)));
    expect(JSON.parse(readMeta(reopened.db).dropped_spatial_indexes!).indexes).toEqual(['reclaim_parcels.geom']);
    expect(existsSync(`${file}.bak`)).toBe(true);
    copyFileSync(`${file}.bak`, path.join(dir, 'previous.gpkg'));
  });
});

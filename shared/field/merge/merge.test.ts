import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleProject } from '../../../sample-data/build-sample-project';
import { exportProject } from '../../project/export-project';
import { insertFeatures } from '../../project/insert-features';
import { openProject } from '../../project/open-project';
import { readLayer } from '../../project/read-layer';
import { queryRows, queryScalar } from '../../project/sql-rows';
import { updateFeature } from '../../project/update-feature';
import { validateProject } from '../../project/validate-project';
import { exportFieldPackage, readFieldPackageInfo } from '../package/index';
import { importPhotos } from '../photos/index';
import { applyMerge, planMerge, type MergeResolution } from './index';

const OGRINFO = '/usr/bin/ogrinfo';
const VALIDATOR = '/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py';
const VILLAGE = '桃坊坡村';
/** Debian's python3 with GDAL's bindings (python3-gdal), for editing a package as QGIS would. */
const GDAL_PYTHON = '/usr/bin/python3';
const photoDir = path.join(import.meta.dirname, '../../../tests/fixtures/field-photos');

let SQL: SqlJsStatic;
let projectBytes: Uint8Array;
let packageBytes: Uint8Array;
let dir: string;

beforeAll(async () => {
  SQL = await initSqlJs();
  dir = mkdtempSync(path.join(tmpdir(), 'landlink-merge-'));
  const db = buildSampleProject(SQL);
  // An earlier verification with a photo, so the package carries related media from the start.
  const first = readFileSync(path.join(photoDir, 'house-a-before.jpg'));
  await importPhotos(db, [{ name: 'house-a-before.jpg', bytes: new Uint8Array(first) }], { now: new Date('2024-06-01T00:00:00Z') });
  // The package first: exporting it gives the project its id and records the package, as the saved project has.
  packageBytes = exportFieldPackage(SQL, db, { kind: 'village', name: VILLAGE }, { packageId: 'pkg-test-1', createdBy: 'office Wang', now: new Date('2024-06-30T08:00:00Z') }).bytes;
  projectBytes = exportProject(db);
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const open = (bytes: Uint8Array) => openProject(SQL, bytes).db;

function ogrinfoClean(db: Database, name: string): void {
  const file = path.join(dir, name);
  writeFileSync(file, exportProject(db));
  if (!existsSync(OGRINFO)) return;
  const run = spawnSync(OGRINFO, ['-al', '-q', file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr.trim()).toBe('');
  if (existsSync(VALIDATOR)) {
    const check = spawnSync('python3', [VALIDATOR, file], { encoding: 'utf8' });
    expect(`${check.stdout}${check.stderr}`.trim()).toBe('');
  }
}

function codesOf(db: Database, table: string): string[] {
  return queryRows(db, `SELECT code FROM ${table} WHERE village = ? ORDER BY code`, [VILLAGE]).map((r) => String(r.code));
}

function fidOf(db: Database, table: string, code: string): number {
  return Number(queryScalar(db, `SELECT ${table === 'photos' ? 'id' : 'fid'} FROM ${table} WHERE code = ?`, [code]));
}

/** Business tables as plain rows (audit_log and meta left out): what "changes nothing" compares. */
function snapshot(db: Database): string {
  return JSON.stringify(['old_houses', 'reclaim_parcels', 'verifications', 'photos', 'verifications_photos'].map((t) => queryRows(db, `SELECT * FROM ${t} ORDER BY 1`).map((r) => Object.values(r).map((v) => (v instanceof Uint8Array ? v.length : v)))));
}

describe('field package', () => {
  it('holds the village, its verification and photo, and the base of every row; opens in Landlink; clean in GDAL', () => {
    const pkg = open(packageBytes);
    const project = open(projectBytes);
    expect(readFieldPackageInfo(pkg)).toMatchObject({ packageId: 'pkg-test-1', area: { kind: 'village', name: VILLAGE }, createdBy: 'office Wang' });
    expect(codesOf(pkg, 'old_houses')).toEqual(codesOf(project, 'old_houses'));
    expect(codesOf(pkg, 'reclaim_parcels')).toEqual(codesOf(project, 'reclaim_parcels'));
    expect(queryScalar(pkg, 'SELECT count(*) FROM old_houses WHERE village <> ?', [VILLAGE])).toBe(0);
    expect(queryScalar(pkg, 'SELECT count(*) FROM photos')).toBe(1);
    expect(queryScalar(pkg, 'SELECT count(*) FROM verifications_photos')).toBe(1);
    expect(queryScalar(pkg, "SELECT count(*) FROM admin_areas WHERE level = 'village' AND name = ?", [VILLAGE])).toBe(1);
    const rows = Number(queryScalar(pkg, 'SELECT (SELECT count(*) FROM old_houses) + (SELECT count(*) FROM reclaim_parcels) + (SELECT count(*) FROM verifications) + (SELECT count(*) FROM photos) + 1'));
    expect(queryScalar(pkg, 'SELECT count(*) FROM landlink_field_base')).toBe(rows);
    // The same bytes for the same geometry: what the field sees is the project's.
    const code = codesOf(pkg, 'reclaim_parcels')[0]!;
    expect(queryRows(pkg, 'SELECT geom FROM reclaim_parcels WHERE code = ?', [code])[0]!.geom).toEqual(queryRows(project, 'SELECT geom FROM reclaim_parcels WHERE code = ?', [code])[0]!.geom);
    // `landlink validate` finds nothing to say: linkage projects of the parcels travel along as context.
    expect(validateProject(pkg).map((p) => p.message)).toEqual([]);
    ogrinfoClean(pkg, 'package.gpkg');
    pkg.close();
    project.close();
  });

  it('refuses an area with nothing in it, naming the villages that have data', () => {
    const project = open(projectBytes);
    expect(() => exportFieldPackage(SQL, project, { kind: 'village', name: '无此村' })).toThrow(/no old house or reclaimed parcel is in village “无此村”; villages with some are: /);
    project.close();
  });

  it('takes a drawn area: houses inside, parcels that meet it', () => {
    const project = open(projectBytes);
    const house = readLayer(project, 'old_houses').features.find((f) => f.properties.village === VILLAGE)!;
    const [x, y] = (house.geometry as { coordinates: number[] }).coordinates as [number, number];
    const d = 0.0005;
    const { bytes, info } = exportFieldPackage(SQL, project, { kind: 'polygon', name: '测试范围', geometry: { type: 'Polygon', coordinates: [[[x - d, y - d], [x + d, y - d], [x + d, y + d], [x - d, y + d], [x - d, y - d]]] } });
    expect(info.counts.old_houses).toBeGreaterThanOrEqual(1);
    expect(info.counts.reclaim_parcels).toBeGreaterThanOrEqual(1);
    const pkg = open(bytes);
    expect(queryScalar(pkg, 'SELECT count(*) FROM old_houses WHERE code = ?', [house.properties.code as string])).toBe(1);
    pkg.close();
    project.close();
  });
});

describe('three-way merge', () => {
  it('a package nobody edited changes nothing', () => {
    const project = open(projectBytes);
    const pkg = open(packageBytes);
    const before = snapshot(project);
    const audit = queryScalar(project, 'SELECT count(*) FROM audit_log');
    expect(planMerge(project, pkg)).toMatchObject({ changes: [], conflicts: [], problems: [], same: 0 });
    expect(applyMerge(project, pkg)).toMatchObject({ applied: [], remaining: [] });
    expect(snapshot(project)).toBe(before);
    expect(queryScalar(project, 'SELECT count(*) FROM audit_log')).toBe(audit);
  });

  it('sorts every case: clean edits, same edits, conflicts, deletions, new features, photos and geometry; applies the user\'s choices', async () => {
    const project = open(projectBytes);
    const pkg = open(packageBytes);
    const houses = codesOf(pkg, 'old_houses').filter((c) => queryScalar(pkg, 'SELECT status FROM old_houses WHERE code = ?', [c]) === 'pending');
    const parcels = codesOf(pkg, 'reclaim_parcels');
    expect(houses.length).toBeGreaterThanOrEqual(3);
    expect(parcels.length).toBeGreaterThanOrEqual(4);
    const [hA, hB, hC] = houses as [string, string, string];
    const [p1, p2, p3, p4] = parcels as [string, string, string, string];

    // In the field: Landlink edits, and edits as plain sqlite3 or QGIS make them (no audit, no cached area).
    pkg.run("UPDATE old_houses SET status = 'demolished', demolition_date = '2024-07-01' WHERE code = ?", [hA]);
    pkg.run("UPDATE old_houses SET remarks = '已拆除，现场平整' WHERE code = ?", [hB]);
    updateFeature(pkg, 'old_houses', fidOf(pkg, 'old_houses', hC), { properties: { status: 'demolished' } });
    pkg.run('DELETE FROM reclaim_parcels WHERE code = ?', [p1]);
    pkg.run("UPDATE reclaim_parcels SET contractor = '外业核实施工队' WHERE code = ?", [p2]);
    pkg.run('DELETE FROM reclaim_parcels WHERE code = ?', [p3]);
    const moved = readLayer(pkg, 'reclaim_parcels').features.find((f) => f.properties.code === p4)!;
    const rings = (moved.geometry as { coordinates: number[][][][] }).coordinates;
    const [x0, y0] = rings[0]![0]![0]! as [number, number];
    const enlarged = { type: 'MultiPolygon' as const, coordinates: rings.map((poly) => poly.map((ring) => ring.map(([px, py]) => [x0 + (px! - x0) * 1.1, y0 + (py! - y0) * 1.1]))) };
    updateFeature(pkg, 'reclaim_parcels', moved.properties.fid, { geometry: enlarged });
    const [x, y] = (readLayer(pkg, 'old_houses').features[0]!.geometry as unknown as { coordinates: [number, number] }).coordinates;
    insertFeatures(pkg, 'old_houses', [
      { properties: { code: 'JF-900001', status: 'pending', village: VILLAGE, remarks: '外业新发现' }, geometry: { type: 'Point', coordinates: [x + 0.001, y] } },
      { properties: { code: 'JF-900002', status: 'demolished', village: VILLAGE }, geometry: { type: 'Point', coordinates: [x + 0.002, y] } },
    ]);
    const fieldPhotos = readdirSync(photoDir).filter((f) => f.startsWith('house-b') || f.startsWith('parcel-inside')).map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(photoDir, name))) }));
    const stored = (await importPhotos(pkg, fieldPhotos, { user: 'inspector Li' })).stored!;
    expect(stored.photoCodes).toHaveLength(2);

    // In the office meanwhile.
    project.run("UPDATE old_houses SET remarks = '已拆除，现场平整' WHERE code = ?", [hB]);
    updateFeature(project, 'old_houses', fidOf(project, 'old_houses', hC), { properties: { status: 'retained', reuse_plan: '村史馆' } });
    updateFeature(project, 'reclaim_parcels', fidOf(project, 'reclaim_parcels', p1), { properties: { contractor: '办公室更正' } });
    project.run('DELETE FROM reclaim_parcels WHERE code = ?', [p2]);
    insertFeatures(project, 'old_houses', [{ properties: { code: 'JF-900001', status: 'retained', village: VILLAGE }, geometry: { type: 'Point', coordinates: [x - 0.001, y] } }]);
    insertFeatures(project, 'verifications', [{ properties: { code: stored.verificationCodes[0], entity_table: 'old_houses', entity_code: hA, verified_at: '2024-07-02T02:00:00Z', finding: 'pass' } }]);

    const plan = planMerge(project, pkg);
    const change = (table: string, code: string) => plan.changes.find((c) => c.table === table && c.code === code);
    expect(change('old_houses', hA)).toMatchObject({ action: 'update', fields: [{ field: 'status', base: 'pending', package: 'demolished', project: 'pending' }, { field: 'demolition_date', base: null, package: '2024-07-01' }] });
    expect(change('old_houses', hB)).toBeUndefined();
    expect(plan.same).toBeGreaterThanOrEqual(1);
    expect(change('reclaim_parcels', p3)).toMatchObject({ action: 'delete' });
    expect(change('reclaim_parcels', p4)!.fields.map((f) => f.field)).toEqual(['geom']);
    expect(change('old_houses', 'JF-900002')).toMatchObject({ action: 'insert' });
    const renumbered = change('verifications', stored.verificationCodes[0]!)!;
    expect(renumbered.action).toBe('insert');
    expect(renumbered.newCode).toMatch(/^HC-\d{6}$/);
    expect(renumbered.newCode).not.toBe(stored.verificationCodes[0]);
    expect(plan.changes.filter((c) => c.table === 'photos' && c.action === 'insert')).toHaveLength(2);
    expect(plan.changes.filter((c) => c.action === 'relate')).toHaveLength(2);
    expect(plan.conflicts.map((c) => [c.table, c.code, c.field, c.kind])).toEqual([
      ['old_houses', hC, 'status', 'field'],
      ['old_houses', 'JF-900001', '*', 'code-clash'],
      ['reclaim_parcels', p1, '*', 'delete-edit'],
      ['reclaim_parcels', p2, '*', 'edit-delete'],
    ]);
    expect(plan.conflicts[0]).toMatchObject({ id: `old_houses/${hC}/status`, base: 'pending', package: 'demolished', project: 'retained' });

    const areaBefore = Number(queryScalar(project, 'SELECT area_m2 FROM reclaim_parcels WHERE code = ?', [p4]));
    const resolutions: Record<string, MergeResolution> = {
      [`old_houses/${hC}/status`]: 'package',
      'old_houses/JF-900001/*': 'both',
      [`reclaim_parcels/${p1}/*`]: 'project',
    };
    const outcome = applyMerge(project, pkg, resolutions, { user: 'office Wang' });
    expect(outcome.remaining.map((c) => c.id)).toEqual([`reclaim_parcels/${p2}/*`]);
    expect(outcome.resolved).toHaveLength(3);

    const value = (table: string, code: string, column: string) => queryScalar(project, `SELECT ${column} FROM ${table} WHERE code = ?`, [code]);
    expect(value('old_houses', hA, 'status')).toBe('demolished');
    expect(value('old_houses', hA, 'demolition_date')).toBe('2024-07-01');
    expect(value('old_houses', hC, 'status')).toBe('demolished');
    expect(value('old_houses', hC, 'reuse_plan')).toBe('村史馆'); // the office's other edit stays
    expect(value('reclaim_parcels', p1, 'contractor')).toBe('办公室更正');
    expect(value('reclaim_parcels', p2, 'code')).toBeUndefined(); // unresolved: the office deletion stands for now
    expect(value('reclaim_parcels', p3, 'code')).toBeUndefined();
    expect(Number(value('reclaim_parcels', p4, 'area_m2')) / areaBefore).toBeCloseTo(1.21, 3); // recomputed from the field's geometry
    expect(value('old_houses', 'JF-900001', 'status')).toBe('retained');
    expect(queryScalar(project, "SELECT count(*) FROM old_houses WHERE remarks = '外业新发现'")).toBe(1); // kept both
    expect(value('old_houses', 'JF-900002', 'status')).toBe('demolished');
    expect(value('verifications', renumbered.newCode!, 'entity_table')).toBeDefined();
    expect(value('verifications', stored.verificationCodes[0]!, 'finding')).toBe('pass'); // the office's record untouched
    const related = queryRows(project, 'SELECT v.code AS v, p.sha256 AS s FROM verifications_photos m JOIN verifications v ON v.fid = m.base_id JOIN photos p ON p.id = m.related_id');
    expect(related.filter((r) => r.s !== null)).toHaveLength(3);
    expect(related.some((r) => r.v === renumbered.newCode)).toBe(true);
    const merge = queryRows(project, "SELECT user, row_code, new_values FROM audit_log WHERE action = 'merge'");
    expect(merge).toHaveLength(1);
    expect(merge[0]).toMatchObject({ user: 'office Wang', row_code: 'pkg-test-1' });
    expect(JSON.parse(String(merge[0]!.new_values)).remaining).toEqual([`reclaim_parcels/${p2}/*`]);
    expect(queryScalar(project, "SELECT count(*) FROM audit_log WHERE action = 'update' AND table_name = 'old_houses' AND row_code = ? AND user = 'office Wang'", [hA])).toBe(1);
    // The field's own history came along: the inspector's photo import, as written in the package.
    expect(Number(queryScalar(project, "SELECT count(*) FROM audit_log WHERE user = 'inspector Li' AND table_name = 'photos'"))).toBe(2);
    expect(JSON.parse(String(merge[0]!.new_values)).field_audit_rows).toBeGreaterThanOrEqual(6);

    // Again: only the unresolved conflict is left; the decision for the project's value is remembered.
    const again = planMerge(project, pkg);
    expect(again.changes).toEqual([]);
    expect(again.conflicts.map((c) => c.id)).toEqual([`reclaim_parcels/${p2}/*`]);
    expect(again.decided).toBe(2); // kept the office's parcel; kept both houses JF-900001
    expect(again.previousMerges).toHaveLength(1);
    ogrinfoClean(project, 'merged.gpkg');

    // Resolving the last one restores the parcel the office deleted, with the field's contractor.
    applyMerge(project, pkg, { [`reclaim_parcels/${p2}/*`]: 'package' });
    expect(value('reclaim_parcels', p2, 'contractor')).toBe('外业核实施工队');
    expect(planMerge(project, pkg)).toMatchObject({ changes: [], conflicts: [] });
  });

  it.skipIf(!existsSync(GDAL_PYTHON) || spawnSync(GDAL_PYTHON, ['-c', 'from osgeo import ogr'], { encoding: 'utf8' }).status !== 0)(
    'finds edits made with GDAL (as QGIS saves them: whole features rewritten), and only those',
    () => {
      const file = path.join(dir, 'gdal-edited.gpkg');
      writeFileSync(file, packageBytes);
      const pkg0 = open(packageBytes);
      const [house] = codesOf(pkg0, 'old_houses') as [string];
      const [parcel] = codesOf(pkg0, 'reclaim_parcels') as [string];
      pkg0.close();
      const script = `
from osgeo import ogr, gdal
gdal.UseExceptions()
ds = ogr.Open(${JSON.stringify(file)}, update=1)
houses = ds.GetLayerByName('old_houses')
houses.SetAttributeFilter("code = '${house}'")
f = houses.GetNextFeature()
f.SetField('remarks', 'QGIS 外业备注')
houses.SetFeature(f)
parcels = ds.GetLayerByName('reclaim_parcels')
parcels.SetAttributeFilter("code = '${parcel}'")
g = parcels.GetNextFeature()
parcels.SetFeature(g)
houses.SetAttributeFilter(None)
n = ogr.Feature(houses.GetLayerDefn())
n.SetField('code', 'JF-GDAL-1')
n.SetField('status', 'pending')
n.SetField('village', '${VILLAGE}')
n.SetGeometry(ogr.CreateGeometryFromWkt('POINT (114.19 38.73)'))
houses.CreateFeature(n)
ds = None
`;
      const run = spawnSync(GDAL_PYTHON, ['-c', script], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const pkg = open(new Uint8Array(readFileSync(file)));
      const project = open(projectBytes);
      const plan = planMerge(project, pkg);
      expect(plan.conflicts).toEqual([]);
      expect(plan.problems).toEqual([]);
      expect(plan.changes.map((c) => [c.table, c.code, c.action, c.fields.map((f) => f.field).join(',')])).toEqual([
        ['old_houses', house, 'update', 'remarks'],
        ['old_houses', 'JF-GDAL-1', 'insert', 'code,village,status,geom'],
      ]);
      applyMerge(project, pkg);
      expect(queryScalar(project, 'SELECT remarks FROM old_houses WHERE code = ?', [house])).toBe('QGIS 外业备注');
      ogrinfoClean(project, 'gdal-merged.gpkg');
    },
  );

  it('new features drawn in the field get codes after the whole project\'s, so they merge as inserts', () => {
    const project = open(projectBytes);
    const pkg = open(packageBytes);
    const [x, y] = (readLayer(pkg, 'old_houses').features[0]!.geometry as unknown as { coordinates: [number, number] }).coordinates;
    const [fid] = insertFeatures(pkg, 'old_houses', [{ properties: { status: 'pending', village: VILLAGE }, geometry: { type: 'Point', coordinates: [x, y + 0.001] } }]);
    const code = String(queryScalar(pkg, 'SELECT code FROM old_houses WHERE fid = ?', [fid!]));
    const highest = queryRows(project, "SELECT max(CAST(substr(code, 4) AS INTEGER)) AS n FROM old_houses WHERE code LIKE 'JF-%'")[0]!.n;
    expect(Number(code.slice(3))).toBe(Number(highest) + 1);
    const plan = planMerge(project, pkg);
    expect(plan.conflicts).toEqual([]);
    expect(plan.changes).toMatchObject([{ table: 'old_houses', code, action: 'insert' }]);
  });

  it('lists values Landlink cannot store as problems and applies the rest', () => {
    const project = open(projectBytes);
    const pkg = open(packageBytes);
    const [h1, h2] = codesOf(pkg, 'old_houses') as [string, string];
    pkg.run("UPDATE old_houses SET status = 'gone' WHERE code = ?", [h1]);
    pkg.run("UPDATE old_houses SET remarks = 'ok' WHERE code = ?", [h2]);
    const outcome = applyMerge(project, pkg);
    expect(outcome.problems).toMatchObject([{ table: 'old_houses', code: h1, field: 'status', value: 'gone' }]);
    expect(outcome.applied).toHaveLength(1);
    expect(queryScalar(project, 'SELECT remarks FROM old_houses WHERE code = ?', [h2])).toBe('ok');
  });

  it('refuses a file that is not a field package', () => {
    const project = open(projectBytes);
    expect(() => planMerge(project, open(projectBytes))).toThrow(/not a Landlink field package/);
  });

  it('properties: edits on either side are never lost, and merging twice is merging once', () => {
    const project0 = open(projectBytes);
    const houses = codesOf(project0, 'old_houses');
    project0.close();
    const edit = fc.record({ house: fc.integer({ min: 0, max: houses.length - 1 }), side: fc.constantFrom('package', 'project', 'both'), remarks: fc.constantFrom('甲', '乙', '丙'), status: fc.constantFrom('pending', 'demolished', 'retained') });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), fc.constantFrom<MergeResolution>('package', 'project'), (edits, choice) => {
        const project = open(projectBytes);
        const pkg = open(packageBytes);
        const last = new Map<string, { package?: Record<string, string>; project?: Record<string, string> }>();
        for (const e of edits) {
          const code = houses[e.house]!;
          const entry = last.get(code) ?? {};
          for (const side of e.side === 'both' ? (['package', 'project'] as const) : [e.side as 'package' | 'project']) {
            (side === 'package' ? pkg : project).run('UPDATE old_houses SET remarks = ?, status = ? WHERE code = ?', [e.remarks, e.status, code]);
            entry[side] = { remarks: e.remarks, status: e.status };
          }
          last.set(code, entry);
        }
        const plan = planMerge(project, pkg);
        const resolutions = Object.fromEntries(plan.conflicts.map((c) => [c.id, choice]));
        const outcome = applyMerge(project, pkg, resolutions);
        expect(outcome.remaining).toEqual([]);
        const base = open(packageBytes);
        for (const [code, sides] of last) {
          const row = queryRows(project, 'SELECT remarks, status FROM old_houses WHERE code = ?', [code])[0]!;
          const before = queryRows(base, 'SELECT remarks, status FROM old_houses WHERE code = ?', [code])[0]!;
          for (const field of ['remarks', 'status'] as const) {
            // A side changed the field only if its last value differs from the base.
            const p = sides.package?.[field] ?? before[field];
            const o = sides.project?.[field] ?? before[field];
            const pChanged = p !== before[field];
            const oChanged = o !== before[field];
            const expected = pChanged && oChanged && p !== o ? (choice === 'package' ? p : o) : pChanged ? p : o;
            expect(row[field], `${code}.${field}`).toBe(expected);
          }
        }
        base.close();
        const once = snapshot(project);
        const second = applyMerge(project, pkg, resolutions);
        expect(second.applied).toEqual([]);
        expect(snapshot(project)).toBe(once);
        project.close();
        pkg.close();
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 8) },
    );
  });
});

// Field verification at county scale (100,000 parcels, ~450,000 houses): matching a phone's day of photos (500
// positions) to houses and parcels, exporting the largest township as a field package against `ogr2ogr` extracting
// the same township's houses and parcels (goal ≤ 2×: the package also carries the merge base), and planning and
// applying a merge of 200 field edits.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { buildSampleProject } from '../../../sample-data/build-sample-project';
import { createRandom } from '../../../sample-data/prng';
import { applyMerge, planMerge } from '../../../shared/field/merge/index';
import { exportFieldPackage } from '../../../shared/field/package/index';
import { matchPhotos, readMatchTargets, type PhotoMetadata } from '../../../shared/field/photos/index';
import { exportProject, openProject } from '../../../shared/project/index';
import { queryRows } from '../../../shared/project/sql-rows';
import { timeMs, type BenchCase, type BenchRow } from '../bench-types';

const OGR2OGR = '/usr/bin/ogr2ogr';

const fieldCase: BenchCase = {
  title: 'field verification',
  async run(context) {
    const parcels = context.quick ? 5_000 : 100_000;
    const label = `${parcels / 1000}k parcels`;
    const SQL = await initSqlJs();
    const db = buildSampleProject(SQL, { seed: 1, parcels });
    const rows: BenchRow[] = [];

    // 500 photo positions: a few metres off random houses, and some in the middle of nowhere.
    const random = createRandom(7);
    const targets0 = readMatchTargets(db);
    const points = targets0.filter((t) => t.table === 'old_houses');
    const photos: PhotoMetadata[] = Array.from({ length: 500 }, (_, i) => {
      const t = points[random.int(0, points.length - 1)]!.geometry as unknown as { coordinates: [number, number] };
      const far = i % 25 === 0;
      return { fileName: `p${i}.jpg`, contentType: 'image/jpeg', longitude: t.coordinates[0] + (far ? 0.5 : random.normal(0, 0.00005)), latitude: t.coordinates[1] + random.normal(0, 0.00004), takenAt: null, azimuthDeg: null, accuracyM: null, operator: null, device: null };
    });
    let targets = targets0;
    const readTargetsMs = await timeMs(() => {
      targets = readMatchTargets(db);
    });
    let matched = 0;
    const matchMs = await timeMs(() => {
      matched = matchPhotos(photos, targets).matched.length;
    });
    rows.push({ name: `read houses and parcels as photo targets (${label})`, value: readTargetsMs, unit: 'ms' });
    rows.push({ name: `match 500 photos (${matched} matched)`, value: matchMs, unit: 'ms', note: 'spatial index + geodesic distances' });

    // The township with the most parcels.
    const township = String(queryRows(db, 'SELECT township, count(*) AS n FROM reclaim_parcels GROUP BY township ORDER BY n DESC LIMIT 1')[0]!.township);
    let bytes: Uint8Array = new Uint8Array();
    let counts: Record<string, number> = {};
    const exportMs = await timeMs(() => {
      const result = exportFieldPackage(SQL, db, { kind: 'township', name: township }, { packageId: 'bench' });
      bytes = result.bytes;
      counts = result.info.counts;
    });
    const row: BenchRow = { name: `field package of township ${township} (${counts.reclaim_parcels} parcels, ${counts.old_houses} houses)`, value: exportMs, unit: 'ms' };
    const projectFile = path.join(context.workDir, 'field-bench.gpkg');
    writeFileSync(projectFile, exportProject(db));
    if (existsSync(OGR2OGR)) {
      const out = path.join(context.workDir, 'ogr-township.gpkg');
      const ogrMs = await timeMs(() => {
        for (const [layer, mode] of [['reclaim_parcels', '-overwrite'], ['old_houses', '-update']] as const) {
          const run = spawnSync(OGR2OGR, ['-f', 'GPKG', mode, out, projectFile, layer, '-where', `township = '${township}'`, '-lco', 'SPATIAL_INDEX=NO'], { encoding: 'utf8' });
          if (run.status !== 0) throw new Error(run.stderr);
        }
      });
      rows.push({ ...row, anchor: { name: 'ogr2ogr -where township (no index)', value: ogrMs, unit: 'ms' }, ratio: exportMs / ogrMs, goal: '≤ 2.0×' });
    } else rows.push(row);

    // 200 field edits, then plan and apply the merge.
    const pkg = openProject(SQL, bytes).db;
    const codes = queryRows(pkg, 'SELECT code FROM old_houses LIMIT 200').map((r) => String(r.code));
    for (const code of codes) pkg.run("UPDATE old_houses SET status = 'demolished', remarks = '外业核实' WHERE code = ?", [code]);
    const planMs = await timeMs(() => planMerge(db, pkg));
    let applied = 0;
    const applyMs = await timeMs(() => {
      applied = applyMerge(db, pkg, {}, { user: 'bench' }).applied.length;
    });
    rows.push({ name: `merge plan, ${codes.length} edited houses`, value: planMs, unit: 'ms' });
    rows.push({ name: `merge apply (${applied} rows, audit_log)`, value: applyMs, unit: 'ms' });
    pkg.close();
    db.close();
    return rows;
  },
};

export default fieldCase;

// `landlink validate` of a 100,000-parcel sample county, end to end as a user runs it (process start, open, every
// check), against `ogrinfo -al -so` reading the same file in the same run (GDAL opening the GeoPackage and
// summarising every layer): goal ≤ 5 s at 100k. The in-process figures split the time between opening the file and
// the checks, and the quota pass (every parcel's area measured from its geometry) is shown on its own.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import initSqlJs from 'sql.js';
import { readQuotaFeatures } from '../../../shared/ledger/read-quota-features';
import { openProject } from '../../../shared/project/open-project';
import { validateProject } from '../../../shared/project/validate-project';
import { timeMs, type BenchCase } from '../bench-types';

const OGRINFO = '/usr/bin/ogrinfo';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const bin = path.join(root, 'shared/cli/bin.mjs');

function run(command: string, args: string[]): { ms: number; code: number | null; stdout: string; stderr: string } {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { ms: performance.now() - start, code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const validateCase: BenchCase = {
  title: 'validate',
  async run(context) {
    const parcels = context.quick ? 10_000 : 100_000;
    const label = `${parcels / 1000}k parcels`;
    const file = path.join(context.workDir, 'validate-bench.gpkg');
    const sample = run(process.execPath, [bin, 'sample', file, '--parcels', String(parcels)]);
    if (sample.code !== 0) throw new Error(`landlink sample failed: ${sample.stderr.trim()}`);

    run(OGRINFO, ['-al', '-so', '-q', file]); // warm the file cache for both
    const ogrinfo = run(OGRINFO, ['-al', '-so', file]);
    if (ogrinfo.code !== 0) throw new Error(`ogrinfo failed: ${ogrinfo.stderr.trim()}`);
    const cli = run(process.execPath, [bin, 'validate', file, '--json']);
    if (cli.code !== 0 && cli.code !== 1) throw new Error(`landlink validate failed: ${cli.stderr.trim()}`);
    const report = JSON.parse(cli.stdout) as { errors: number; warnings: number };
    const startup = run(process.execPath, [bin, '--version']);

    const SQL = await initSqlJs();
    const bytes = readFileSync(file);
    let db = openProject(SQL, bytes).db;
    validateProject(db); // warm-up, so the measured run is JIT-compiled
    db.close();
    const openMs = await timeMs(() => {
      db = openProject(SQL, bytes).db;
    });
    const checksMs = await timeMs(() => validateProject(db));
    const quotaMs = await timeMs(() => readQuotaFeatures(db));
    db.close();

    return [
      {
        name: `landlink validate of ${label} (process, open, every check)`,
        value: cli.ms,
        unit: 'ms',
        anchor: { name: 'ogrinfo -al -so on the same file', value: ogrinfo.ms, unit: 'ms' },
        ratio: cli.ms / ogrinfo.ms,
        goal: '≤ 5000 ms',
        note: `${report.errors} errors, ${report.warnings} warnings; of which the command's start (node, tsx, every command's modules) ${startup.ms.toFixed(0)} ms`,
      },
      { name: `open ${label} in process (sql.js, quick_check, migrations)`, value: openMs, unit: 'ms' },
      { name: `every check of ${label} in process`, value: checksMs, unit: 'ms', anchor: { name: 'ogrinfo -al -so on the same file', value: ogrinfo.ms, unit: 'ms' }, ratio: checksMs / ogrinfo.ms },
      { name: `quota pass of ${label} (every parcel's ellipsoidal area from its blob)`, value: quotaMs, unit: 'ms' },
    ];
  },
};

export default validateCase;

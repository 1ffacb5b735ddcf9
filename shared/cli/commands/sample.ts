// `landlink sample <out.gpkg> [--seed N] [--parcels N]`: writes the synthetic sample county as a project.
import { buildSampleProject } from '../../../sample-data/build-sample-project';
import { loadSqlJs } from '../../node/load-sql-js';
import { layerCounts } from '../../project/layer-counts';
import type { CliCommand } from '../cli-command';
import { CliError } from '../cli-error';
import { parseArguments, wholeNumberOption } from '../parse-arguments';
import { saveProjectFile } from '../project-file';

const usage = 'landlink sample <out.gpkg> [--seed N] [--parcels N]';

const sample: CliCommand = {
  name: 'sample',
  summary: 'write the synthetic sample county (示例县，虚构数据) as a project; --parcels scales it for benchmarks',
  usage,
  async run(argv) {
    const { positionals, values } = parseArguments(argv, { seed: { type: 'string' }, parcels: { type: 'string' } }, usage, { min: 1, max: 1 });
    const out = positionals[0]!;
    if (!/\.gpkg$/i.test(out)) throw new CliError(`the output “${out}” must end in .gpkg; usage: ${usage}`);
    const seed = wholeNumberOption(values.seed, '--seed', usage);
    const parcels = wholeNumberOption(values.parcels, '--parcels', usage);
    if (parcels !== undefined && (parcels < 1 || parcels > 1_000_000)) throw new CliError(`--parcels must be between 1 and 1000000, not ${parcels}`);
    const SQL = await loadSqlJs();
    const db = buildSampleProject(SQL, { ...(seed !== undefined ? { seed } : {}), ...(parcels !== undefined ? { parcels } : {}) });
    try {
      saveProjectFile(db, out);
      const counts = layerCounts(db);
      process.stdout.write(`wrote ${out}: ${counts.reclaim_parcels} reclaimed parcels, ${counts.old_houses} old houses, ${counts.resettlement_sites} resettlement sites, ${counts.admin_areas} admin areas (synthetic data)\n`);
    } finally {
      db.close();
    }
    return 0;
  },
};

export default sample;

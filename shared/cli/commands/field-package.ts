// `landlink field-package <project.gpkg> (--township NAME | --village NAME) --out <package.gpkg>`: the houses and
// parcels of a township or village with their verifications and photos, as a self-contained GeoPackage for a
// laptop without network, carrying the base of every row for `landlink merge`. Written atomically.
import path from 'node:path';
import { exportFieldPackage } from '../../field/package/export-field-package';
import { FieldAreaError, type FieldArea } from '../../field/package/field-area';
import { atomicWriteFile } from '../../node/atomic-write-file';
import { loadSqlJs } from '../../node/load-sql-js';
import type { CliCommand } from '../cli-command';
import { CliError } from '../cli-error';
import { parseArguments } from '../parse-arguments';
import { openProjectFile, saveProjectFile } from '../project-file';

const usage = 'landlink field-package <project.gpkg> (--township NAME | --village NAME) --out <package.gpkg>';

const fieldPackage: CliCommand = {
  name: 'field-package',
  summary: 'export a township or village (houses, parcels, verifications, photos) as a GeoPackage for field work, mergeable back',
  usage,
  async run(argv) {
    const { positionals, values } = parseArguments(argv, { township: { type: 'string' }, village: { type: 'string' }, out: { type: 'string' } }, usage, { min: 1, max: 1 });
    const project = positionals[0]!;
    const township = values.township as string | undefined;
    const village = values.village as string | undefined;
    const out = values.out as string | undefined;
    if (township !== undefined && village !== undefined) throw new CliError(`give either --township or --village, not both; usage: ${usage}`);
    if (township === undefined && village === undefined) throw new CliError(`--township NAME or --village NAME is missing; usage: ${usage}`);
    if (!out) throw new CliError(`--out <package.gpkg> is missing; usage: ${usage}`);
    if (path.extname(out).toLowerCase() !== '.gpkg') throw new CliError(`--out must end in .gpkg (a field package is a GeoPackage), not “${path.basename(out)}”`);
    if (path.resolve(out) === path.resolve(project)) throw new CliError('--out is the project itself; give the package its own file name');
    const area: FieldArea = township !== undefined ? { kind: 'township', name: township } : { kind: 'village', name: village! };
    const opened = await openProjectFile(project);
    try {
      let result;
      try {
        result = exportFieldPackage(await loadSqlJs(), opened.db, area, { createdBy: 'landlink field-package' });
      } catch (error) {
        if (error instanceof FieldAreaError) throw new CliError(`${error.message}; nothing was written`);
        throw error;
      }
      atomicWriteFile(out, result.bytes);
      // The project now has an id and remembers this package's base: saved, so the merge can check both.
      saveProjectFile(opened.db, project);
      const c = result.info.counts;
      process.stdout.write(
        `wrote field package ${out} for ${area.kind} ${area.name}: ${c.old_houses ?? 0} old houses, ${c.reclaim_parcels ?? 0} reclaimed parcels, ${c.verifications ?? 0} verifications, ${c.photos ?? 0} photos (package ${result.info.packageId})\n`,
      );
    } finally {
      opened.db.close();
    }
    return 0;
  },
};

export default fieldPackage;

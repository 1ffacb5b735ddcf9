// `landlink photos <project.gpkg> <folder> [--max-distance M] [--json]`: imports a folder of photos from a phone or
// camera. Each photo's EXIF position is matched to the nearest old house or reclaimed parcel within M metres
// (default 50, geodesic; 0 inside a parcel) and stored in `photos`, related to that feature's verification of the
// day (created when missing), with its sha256; the project is saved atomically, all or nothing. Photos without a
// position, too far from everything, or already in the project are listed with the reason and not stored.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { importPhotos, type PhotoFile } from '../../field/photos/import-photos';
import { DEFAULT_MAX_PHOTO_DISTANCE_M } from '../../field/photos/match-photos';
import { FeatureWriteError } from '../../project/feature-write-error';
import type { CliCommand } from '../cli-command';
import { CliError } from '../cli-error';
import { runTransactionAsync } from '../../write/transaction';
import { parseArguments } from '../parse-arguments';
import { openProjectFile, saveProjectFile } from '../project-file';

const usage = 'landlink photos <project.gpkg> <folder> [--max-distance M] [--json]';
const PHOTO_EXTENSIONS = new Set(['.jpg', '.jpeg', '.heic', '.heif', '.png', '.tif', '.tiff']);

function readFolder(folder: string): PhotoFile[] {
  let entries: string[];
  try {
    if (!statSync(folder).isDirectory()) throw new CliError(`“${folder}” is a file, not a folder; give the folder the photos are in; usage: ${usage}`);
    entries = readdirSync(folder);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read the folder “${folder}”: no such folder; check the path`);
  }
  const names = entries.filter((name) => PHOTO_EXTENSIONS.has(path.extname(name).toLowerCase())).sort();
  if (names.length === 0) throw new CliError(`the folder “${folder}” holds no photos (.jpg, .jpeg, .heic, .png, .tif); copy the photos from the camera or phone into it`);
  return names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(folder, name))) }));
}

function maxDistance(value: string | boolean | string[] | undefined): number {
  if (value === undefined) return DEFAULT_MAX_PHOTO_DISTANCE_M;
  const text = String(value);
  const metres = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !(metres > 0)) throw new CliError(`--max-distance must be a positive number of metres, not “${text}”; usage: ${usage}`);
  return metres;
}

const photos: CliCommand = {
  name: 'photos',
  summary: 'import a folder of geotagged photos: each attached to the nearest house or parcel within a distance, the rest listed with the reason',
  usage,
  async run(argv) {
    const { positionals, values } = parseArguments(argv, { 'max-distance': { type: 'string' }, json: { type: 'boolean' } }, usage, { min: 2, max: 2 });
    const [project, folder] = positionals as [string, string];
    const maxDistanceM = maxDistance(values['max-distance']);
    const files = readFolder(folder);
    const opened = await openProjectFile(project);
    try {
      let result;
      try {
        // One transaction of the write path: the photos, their verifications and one audit line per row, or nothing.
        result = (await runTransactionAsync(opened.db, (db) => importPhotos(db, files, { maxDistanceM, user: 'landlink photos' }), { user: 'landlink photos' })).result;
      } catch (error) {
        if (error instanceof FeatureWriteError) throw new CliError(`${error.message}; no photo was stored and ${path.basename(project)} is unchanged`);
        throw error;
      }
      if (result.stored) saveProjectFile(opened.db, project);
      if (values.json) {
        const json = {
          matched: result.matched.map((m) => ({ file: m.fileName, table: m.table, code: m.code, distance_m: m.distanceM })),
          unmatched: result.unmatched.map((u) => ({ file: u.fileName, reason: u.message.en })),
        };
        process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
      } else {
        for (const m of result.matched) process.stdout.write(`${m.fileName} → ${m.table} ${m.code} (${m.distanceM === null ? 'assigned' : `${m.distanceM.toFixed(1)} m`})\n`);
        for (const u of result.unmatched) process.stdout.write(`${u.fileName}: not attached: ${u.message.en}\n`);
        const verifications = result.stored?.createdVerifications.length ?? 0;
        process.stdout.write(
          `stored ${result.matched.length} of ${files.length} photo${files.length === 1 ? '' : 's'} in ${project}${verifications > 0 ? ` (${verifications} new verification${verifications === 1 ? '' : 's'})` : ''}; ${result.unmatched.length} not attached\n`,
        );
      }
    } finally {
      opened.db.close();
    }
    return 0;
  },
};

export default photos;

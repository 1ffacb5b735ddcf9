// The worker side of photo import: the field core reads EXIF, hashes, matches and stores (shared/field/photos);
// this runs it as one undoable step and fills position and time the photo's EXIF lacks (captures made in the app
// carry the GNSS fix of the moment instead). A preview (dry run) writes nothing.
import type { Database } from 'sql.js';
import { importPhotos, type PhotoImportResult } from '../../../../shared/field/photos/index';
import type { PhotoImportArgs, PhotoMetadataFill } from '../../../../shared/ipc/field-protocol';
import type { ProjectView } from '../../../../shared/ipc/worker-protocol';
import type { ProjectSession } from '../../worker/project-session';
import { updateFeature } from '../../../../shared/project/update-feature';
import { queryRows } from '../../../../shared/project/sql-rows';

function options(args: PhotoImportArgs, dryRun: boolean): Parameters<typeof importPhotos>[2] {
  return {
    dryRun,
    ...(args.maxDistanceM !== undefined ? { maxDistanceM: args.maxDistanceM } : {}),
    ...(args.assignments ? { assignments: args.assignments } : {}),
    ...(args.inspectors ? { inspectors: args.inspectors } : {}),
    ...(args.verificationCode ? { verificationCode: args.verificationCode } : {}),
  };
}

/** Writes the fill values into the stored photos whose EXIF had none of them. */
function fillMetadata(db: Database, result: PhotoImportResult, fills: Readonly<Record<string, PhotoMetadataFill>>): void {
  if (!result.stored) return;
  result.matched.forEach((match, index) => {
    const fill = fills[match.fileName];
    const code = result.stored?.photoCodes[index];
    if (!fill || !code) return;
    const row = queryRows(db, 'SELECT id, longitude, latitude, taken_at, accuracy_m, device FROM photos WHERE code = ?', [code])[0];
    if (!row) return;
    const properties: Record<string, unknown> = {};
    if (row.longitude === null && row.latitude === null && fill.longitude !== null && fill.latitude !== null) Object.assign(properties, { longitude: fill.longitude, latitude: fill.latitude });
    if (row.accuracy_m === null && fill.accuracyM !== null) properties.accuracy_m = fill.accuracyM;
    if (row.taken_at === null && fill.takenAt) properties.taken_at = fill.takenAt;
    if (row.device === null && fill.device) properties.device = fill.device;
    if (Object.keys(properties).length > 0) updateFeature(db, 'photos', Number(row.id), { properties });
  });
}

export async function importPhotosOp(session: ProjectSession, args: PhotoImportArgs): Promise<{ result: PhotoImportResult; view: ProjectView | null }> {
  const preview = await importPhotos(session.database(), args.files, options(args, true));
  if (args.dryRun || preview.matched.length === 0) return { result: preview, view: null };
  const { result, view } = await session.applyChangeAsync(
    async (db) => {
      const imported = await importPhotos(db, args.files, options(args, false));
      if (args.metadata) fillMetadata(db, imported, args.metadata);
      return imported;
    },
    { zh: `导入照片 ${preview.matched.length} 张`, en: `Import ${preview.matched.length} photo(s)` },
  );
  return { result, view };
}

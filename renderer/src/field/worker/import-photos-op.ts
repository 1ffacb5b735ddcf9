// The worker side of photo import: the field core reads EXIF, hashes, matches and stores (shared/field/photos);
// this runs it as one undoable step. Position and time a photo's EXIF lacks can be filled (captures made in the app
// carry the GNSS fix of the moment) before matching. A preview (dry run) writes nothing.
import { importPhotos, type PhotoImportResult } from '../../../../shared/field/photos/index';
import type { PhotoImportArgs } from '../../../../shared/ipc/field-protocol';
import type { ProjectView } from '../../worker/project-protocol';
import type { ProjectSession } from '../../worker/project-session';

function options(args: PhotoImportArgs, dryRun: boolean): Parameters<typeof importPhotos>[2] {
  return {
    dryRun,
    ...(args.maxDistanceM !== undefined ? { maxDistanceM: args.maxDistanceM } : {}),
    ...(args.assignments ? { assignments: args.assignments } : {}),
    ...(args.inspectors ? { inspectors: args.inspectors } : {}),
    ...(args.verificationCode ? { verificationCode: args.verificationCode } : {}),
    ...(args.metadata ? { metadata: args.metadata } : {}),
  };
}

export async function importPhotosOp(session: ProjectSession, args: PhotoImportArgs): Promise<{ result: PhotoImportResult; view: ProjectView | null }> {
  const preview = await importPhotos(session.database(), args.files, options(args, true));
  if (args.dryRun || preview.matched.length === 0) return { result: preview, view: null };
  const { result, view } = await session.applyChangeAsync((db) => importPhotos(db, args.files, options(args, false)), {
    zh: `导入照片 ${preview.matched.length} 张`,
    en: `Import ${preview.matched.length} photo(s)`,
  });
  return { result, view };
}

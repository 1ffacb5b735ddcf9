// The project worker's handlers for field verification (issue 8): each runs its change through the session's
// undoable step, calling the field core in shared/field for photos, packages and the merge.
import type { WorkerOperations } from '../../../../shared/ipc/worker-protocol';
import type { ProjectSession } from '../../worker/project-session';
import { saveVerification } from './save-verification';
import { listPhotos } from './list-photos';
import { thumbnailOf } from './photo-thumbnails';
import { importPhotosOp } from './import-photos-op';
import { buildVerificationReport } from '../../../../shared/field/report/index';
import { applyMergeOp, discardMergeOp, exportPackageOp, previewMergeOp } from './field-package-ops';

type FieldOp = 'verification.save' | 'photos.list' | 'photos.import' | 'fieldPackage.export' | 'merge.preview' | 'merge.apply' | 'merge.discard' | 'field.report';
type FieldHandlers = { [K in FieldOp]: (args: WorkerOperations[K]['args']) => Promise<WorkerOperations[K]['result']> };

export function fieldHandlers(session: Promise<ProjectSession>): FieldHandlers {
  return {
    'verification.save': async (args) => {
      const s = await session;
      const entity = args.verification.entity_code;
      const { result, view } = s.applyChange((db) => saveVerification(db, args.verification, args.code, args.user), { zh: `核查 ${entity}`, en: `Verify ${entity}` });
      return { saved: result, view };
    },
    'photos.list': async (args) => {
      const photos = listPhotos((await session).database(), args.entity ?? null);
      if (!args.thumbnails) return photos;
      return Promise.all(photos.map(async (p) => ({ ...p, contentType: 'image/jpeg', bytes: await thumbnailOf(p.sha256 ?? `id:${p.id}:${p.bytes.byteLength}`, p.bytes, p.contentType) })));
    },
    'photos.import': async (args) => importPhotosOp(await session, args),
    'fieldPackage.export': async (args) => exportPackageOp(await session, args.area, args.createdBy),
    'merge.preview': async (args) => previewMergeOp(await session, args.bytes, args.name),
    'merge.apply': async (args) => applyMergeOp(await session, args.token, args.resolutions, args.user, args.acknowledged === true),
    'field.report': async (args) => ({
      bytes: await buildVerificationReport((await session).database(), { ...(args.villages ? { villages: args.villages } : {}), includePersonal: args.includePersonal === true }),
    }),
    'merge.discard': async () => {
      discardMergeOp();
      return null;
    },
  };
}

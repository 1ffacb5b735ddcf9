// The project worker's handlers for field verification (issue 8): each runs its change through the session's
// undoable step, calling the field core in shared/field for photos, packages and the merge.
import type { WorkerOperations } from '../../worker/project-protocol';
import type { ProjectSession } from '../../worker/project-session';
import { saveVerification } from './save-verification';
import { listPhotos } from './list-photos';
import { thumbnailOf } from './photo-thumbnails';
import { importPhotosOp } from './import-photos-op';
import { buildVerificationReport, verificationReportVillages } from '../../../../shared/field/report/index';
import { applyMergeOp, discardMergeOp, exportPackageOp, previewMergeOp } from './field-package-ops';

/** Longest side of a photo in the printed report: sharp at about 6 cm wide on paper at 300 DPI. */
const REPORT_PHOTO_SIZE = 720;

type FieldOp = 'verification.save' | 'photos.list' | 'photos.import' | 'fieldPackage.export' | 'merge.preview' | 'merge.apply' | 'merge.discard' | 'field.report' | 'field.reportPages';
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
    'field.reportPages': async (args) => {
      const db = (await session).database();
      const villages = verificationReportVillages(db, args.villages ? { villages: args.villages } : {});
      const printed = new Set(villages.flatMap((v) => v.rows.map((r) => r.code)));
      const photos = await Promise.all(
        listPhotos(db, null)
          .filter((p) => p.verificationCode !== null && printed.has(p.verificationCode))
          .map(async (p) => ({
            verificationCode: p.verificationCode,
            code: p.code,
            takenAt: p.takenAt,
            azimuthDeg: p.azimuthDeg,
            fileName: p.fileName,
            bytes: await thumbnailOf(p.sha256 ?? `id:${p.id}:${p.bytes.byteLength}`, p.bytes, p.contentType, REPORT_PHOTO_SIZE),
          })),
      );
      return { villages, photos };
    },
    'merge.discard': async () => {
      discardMergeOp();
      return null;
    },
  };
}

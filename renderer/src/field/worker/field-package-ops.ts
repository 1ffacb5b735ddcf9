// Field packages in the worker: export a part of the project (read-only for the project), and the merge back —
// open the package, plan the three-way comparison (shared/field/merge), keep the package open until the user has
// decided the conflicts, then apply everything as one undoable step. A package that is not one, or an empty area,
// fails with the core's message in both languages.
import type { Database } from 'sql.js';
import { exportFieldPackage, FieldAreaError, type FieldArea } from '../../../../shared/field/package/index';
import { applyMerge, NotAFieldPackageError, planMerge, type MergeOutcome, type MergePlan, type MergeResolution } from '../../../../shared/field/merge/index';
import { openProject } from '../../../../shared/project/open-project';
import type { ProjectView } from '../../worker/project-protocol';
import type { ProjectSession } from '../../worker/project-session';

function rethrow(error: unknown): never {
  if (error instanceof FieldAreaError || error instanceof NotAFieldPackageError) throw { code: error.name, message: error.message, messageZh: error.messageZh };
  throw error;
}

export function exportPackageOp(session: ProjectSession, area: FieldArea, createdBy: string | undefined): { bytes: Uint8Array; counts: Record<string, number>; label: string } {
  try {
    const { bytes, info } = exportFieldPackage(session.sqlJs(), session.database(), area, createdBy ? { createdBy } : {});
    return { bytes, counts: { ...info.counts }, label: info.area.name };
  } catch (error) {
    rethrow(error);
  }
}

/** The package being merged, open between the preview and the apply (one at a time). */
let pending: { token: number; name: string; db: Database; project: Database; version: number } | null = null;
let nextToken = 1;

function discard(): void {
  pending?.db.close();
  pending = null;
}

export function previewMergeOp(session: ProjectSession, bytes: Uint8Array, name: string): { token: number; plan: MergePlan } {
  discard();
  const db = openProject(session.sqlJs(), bytes, { fileName: name }).db;
  try {
    const plan = planMerge(session.database(), db);
    pending = { token: nextToken++, name, db, project: session.database(), version: session.version() };
    return { token: pending.token, plan };
  } catch (error) {
    db.close();
    rethrow(error);
  }
}

/**
 * Applies the open merge as one undoable step. Like every other edit of parcels and construction plots it goes through
 * the ledger's guard: a merge that takes accepted area out from under sold quota is refused with the sales it breaks
 * (`ledger-confirm`), the package stays open, and the dialog asks before sending it again acknowledged.
 */
export function applyMergeOp(session: ProjectSession, token: number, resolutions: Readonly<Record<string, MergeResolution>>, user: string | undefined, acknowledged = false): { outcome: MergeOutcome; view: ProjectView } {
  if (!pending || pending.token !== token) {
    throw { code: 'merge-expired', message: 'The package to merge is no longer open; choose it again.', messageZh: '要合并的外业包已关闭；请重新选择。' };
  }
  if (pending.project !== session.database() || pending.version !== session.version()) {
    // Another project was opened, or an undo/redo replaced the database, since the comparison was shown.
    discard();
    throw { code: 'merge-stale', message: 'The project changed since the package was compared (another project, undo or redo); merge the package again.', messageZh: '比对外业包后项目已变化（打开了其他项目或撤销/重做）；请重新合并外业包。' };
  }
  const { db, name } = pending;
  try {
    const { result, view } = session.applyChange((project) => applyMerge(project, db, resolutions, user ? { user } : {}), {
      zh: `合并外业包“${name}”`,
      en: `Merge field package “${name}”`,
    }, { acknowledgeLedgerWarnings: acknowledged, ...(user ? { user } : {}) });
    discard();
    return { outcome: result, view };
  } catch (error) {
    rethrow(error);
  }
}

export function discardMergeOp(): void {
  discard();
}

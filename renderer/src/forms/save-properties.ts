// Saves edited properties of one row as one feature.update (one undoable step). Returns null on success, or the
// write path's reason for refusing, in the user's language, with the field it names when it names one.
import type { AppServices } from '../app/app-services';
import { WorkerError } from '../worker/worker-client';
import { LedgerEditCancelled } from '../ledger/confirm-ledger-edit';

export interface SaveRefusal {
  readonly message: string;
  /** The column the refusal is about, when the message says (e.g. a duplicate code). */
  readonly field: string | null;
  /** The user cancelled an edit that would break quota sales (nothing was changed). */
  readonly cancelled?: boolean;
}

function fieldNamed(message: string, fields: readonly string[]): string | null {
  // The write path's English messages start with the column name ("status must be one of …", "code “…” is …").
  const first = /^(?:feature \d+: )?([a-z_0-9]+)\b/.exec(message)?.[1];
  if (first && fields.includes(first)) return first;
  if (/^code\b|code “/.test(message) && fields.includes('code')) return 'code';
  return null;
}

export async function saveProperties(app: AppServices, table: string, fid: number, properties: Record<string, unknown>, language: 'zh' | 'en'): Promise<SaveRefusal | null> {
  try {
    await app.project.updateFeature(table, fid, properties);
    return null;
  } catch (error) {
    if (error instanceof LedgerEditCancelled) return { message: error.message, field: null, cancelled: true };
    if (error instanceof WorkerError) {
      return { message: language === 'zh' ? error.failure.messageZh : error.failure.message, field: fieldNamed(error.failure.message, Object.keys(properties)) };
    }
    return { message: error instanceof Error ? error.message : String(error), field: null };
  }
}

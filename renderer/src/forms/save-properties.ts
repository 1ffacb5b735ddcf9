// Saves edited properties of one row as one feature.update (one undoable step). Returns null on success, or the
// write path's reason for refusing, in the user's language, with the field it names when it names one.
import type { AppServices } from '../app/app-services';
import { RpcError } from '../rpc/rpc-error';
import { LedgerEditCancelled } from '../ledger/confirm-ledger-edit';

export interface SaveRefusal {
  readonly message: string;
  /** The column the refusal is about, as the write path names it (e.g. a duplicate code). */
  readonly field: string | null;
  /** The user cancelled an edit that would break quota sales (nothing was changed). */
  readonly cancelled?: boolean;
}

export async function saveProperties(app: AppServices, table: string, fid: number, properties: Record<string, unknown>, language: 'zh' | 'en'): Promise<SaveRefusal | null> {
  try {
    await app.project.updateFeature(table, fid, properties);
    return null;
  } catch (error) {
    if (error instanceof LedgerEditCancelled) return { message: error.message, field: null, cancelled: true };
    if (error instanceof RpcError) {
      // The write path names the refused column (RpcFailure.field); only a column being edited here can show it.
      const field = error.failure.field !== undefined && error.failure.field in properties ? error.failure.field : null;
      return { message: language === 'zh' ? error.failure.messageZh : error.failure.message, field };
    }
    return { message: error instanceof Error ? error.message : String(error), field: null };
  }
}

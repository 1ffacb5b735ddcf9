// Sets one status on every selected parcel or house (the map's or the table's selection) as one undoable step. The
// user picks the status from the table's own list; the ledger's guard then asks before a change that would leave
// sold quota above a project's surplus (AppServices.editFeatures).
import i18next from 'i18next';
import type { AppServices } from '../app/app-services';
import { findTableSchema } from '../../../shared/domain/tables/index';
import { enumValues, type EnumName } from '../../../shared/domain/enums';
import { enumLabel } from '../../../shared/domain/labels';
import { currentLanguage } from '../i18n/i18n';
import { LedgerEditCancelled } from '../ledger/confirm-ledger-edit';
import { useAppStore } from '../state/app-store';
import { RpcError } from '../rpc/rpc-error';

/** The status enum of a table, or null when its rows have no status. */
export function statusEnumOf(table: string): EnumName | null {
  const column = findTableSchema(table)?.columns.find((c) => c.name === 'status');
  return (column?.enum as EnumName | undefined) ?? null;
}

export async function setStatusOfSelection(app: AppServices): Promise<void> {
  const selection = useAppStore.getState().selection;
  const statusEnum = selection ? statusEnumOf(selection.table) : null;
  if (!selection || selection.fids.length === 0 || !statusEnum) {
    app.ui.toast(i18next.t('table.setStatus.selectFirst'), 'error');
    return;
  }
  const zh = currentLanguage() === 'zh-CN';
  const table = selection.table;
  const count = selection.fids.length;
  const choice = await app.ui.ask(i18next.t('table.setStatus.title'), i18next.t('table.setStatus.body', { count, table: i18next.t(`layers.${table}`, { defaultValue: table }) }), [
    ...enumValues(statusEnum).map((value) => ({ id: value, label: enumLabel(statusEnum, value, zh ? 'zh' : 'en') })),
    { id: 'cancel', label: i18next.t('dialogs.cancel') },
  ]);
  if (choice === 'cancel') return;
  const label = enumLabel(statusEnum, choice, zh ? 'zh' : 'en');
  try {
    await app.project.editFeatures(table, selection.fids.map((fid) => ({ kind: 'update' as const, fid, properties: { status: choice } })), {
      zh: `${count} 个要素状态改为“${enumLabel(statusEnum, choice, 'zh')}”`,
      en: `Set status of ${count} features to “${enumLabel(statusEnum, choice, 'en')}”`,
    });
    app.ui.toast(i18next.t('table.setStatus.done', { count, status: label }));
  } catch (error) {
    if (error instanceof LedgerEditCancelled) app.ui.toast(error.message, 'info');
    else app.ui.toast(error instanceof RpcError ? (zh ? error.failure.messageZh : error.failure.message) : String(error), 'error');
  }
}

// XLSX and CSV buttons for one ledger table; a failure is said in a message, a success in a toast.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uiCommands } from '../app/ui-commands';
import { exportLedgerTable, type LedgerExportFormat, type LedgerTable } from './ledger-export';
import { useApp } from '../app/app-context';

export function ExportButtons({ table, testId }: { table: () => LedgerTable; testId: string }): React.JSX.Element {
  const app = useApp();
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = async (format: LedgerExportFormat): Promise<void> => {
    setBusy(true);
    try {
      const name = await exportLedgerTable(app.host, table(), format);
      if (name) uiCommands.toast(t('ledger.export.saved', { name }), 'info');
    } catch (error) {
      uiCommands.toast(t('ledger.export.failed', { detail: error instanceof Error ? error.message : String(error) }), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="ledger-export">
      <button type="button" disabled={busy} data-testid={`${testId}-xlsx`} onClick={() => void run('xlsx')}>
        {t('ledger.export.xlsx')}
      </button>
      <button type="button" disabled={busy} data-testid={`${testId}-csv`} onClick={() => void run('csv')}>
        {t('ledger.export.csv')}
      </button>
    </span>
  );
}

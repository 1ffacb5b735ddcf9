// XLSX and CSV buttons for one ledger table; a failure is said in a message, a success in a toast.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppServices } from '../app/app-services';
import { uiCommands } from '../app/ui-commands';
import { exportLedgerTable, type LedgerExportFormat, type LedgerTable } from './ledger-export';
import { useApp } from '../app/app-context';

/** `app` is still passed by PlanTab and DashboardTab; others read the app's services from context. */
export function ExportButtons({ app: given, table, testId }: { app?: AppServices; table: () => LedgerTable; testId: string }): React.JSX.Element {
  const context = useApp();
  const app = given ?? context;
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

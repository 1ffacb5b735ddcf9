// 导出测算工作簿: the plan as the finance office's workbook, with live formulas (shared/finance/workbook), built in the
// renderer from the view (exceljs is loaded on first use) and saved through the Host.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerView } from '../../../../shared/ipc/ledger-protocol';
import { useApp } from '../../app/app-context';
import { uiCommands } from '../../app/ui-commands';

export function PlanWorkbookButton({ view }: { view: LedgerView }): React.JSX.Element {
  const app = useApp();
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = async (): Promise<void> => {
    setBusy(true);
    try {
      const { planWorkbookBytes } = await import('../../../../shared/finance/workbook/plan-workbook');
      const bytes = await planWorkbookBytes({
        title: `${t('ledger.tabs.plan')} (${view.asOfDate})`,
        plan: view.plan,
        assumptions: view.assumptions,
        scenario: view.scenario,
        loans: view.planLoans,
        overdue: view.overdue,
        scenarios: view.scenarios,
        breakEvenPrice: view.breakEvenPrice,
      });
      const saved = await app.host.writeExport(`${t('ledger.workbook.fileName')}.xlsx`, [{ name: 'Excel', extensions: ['xlsx'] }], bytes);
      if (saved) uiCommands.toast(t('ledger.export.saved', { name: saved.name }), 'info');
    } catch (error) {
      uiCommands.toast(t('ledger.export.failed', { detail: error instanceof Error ? error.message : String(error) }), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" disabled={busy} data-testid="export-plan-workbook" onClick={() => void run()}>
      {t('ledger.workbook.export')}
    </button>
  );
}

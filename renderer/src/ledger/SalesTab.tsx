// 指标交易: every quota sale with its scope, buyer, mu, unit price, contract total (万元), tranche plan and what has
// been received; the forms to add a sale, record a payment and set a sale's tranche plan; the price presets.
import { useTranslation } from 'react-i18next';
import type { LedgerView } from '../../../shared/ipc/ledger-protocol';
import type { AppLanguage } from '../i18n/i18n';
import { AddSaleForm } from './AddSaleForm';
import { AddPaymentForm } from './AddPaymentForm';
import { muText, wan, yuanText } from './money-format';
import { enumText } from './enum-text';
import { ExportButtons } from './ExportButtons';
import { paymentsTable, salesTable } from './ledger-tables';
import { TranchePlanForm } from './TranchePlanForm';
import { PricePresetsEditor } from './PricePresetsEditor';

export function SalesTab({ view, language }: { view: LedgerView; language: AppLanguage }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="ledger-tab" data-testid="ledger-sales">
      <div className="ledger-forms">
        <AddSaleForm view={view} language={language} />
        {view.sales.length > 0 ? <AddPaymentForm view={view} language={language} /> : null}
        {view.sales.length > 0 ? <TranchePlanForm view={view} language={language} /> : null}
      </div>
      <details className="ledger-details" data-testid="presets">
        <summary>{t('ledger.presets.title')}</summary>
        <PricePresetsEditor key={view.presets.map((p) => `${p.id}:${p.yuanPerMu}`).join()} view={view} language={language} />
      </details>
      <div className="ledger-toolbar">
        <span className="ledger-toolbar-label">{t('ledger.tabs.sales')}</span>
        <ExportButtons table={() => salesTable(view, t, language)} testId="export-sales" />
        <span className="ledger-toolbar-label">{t('ledger.export.paymentsName')}</span>
        <ExportButtons table={() => paymentsTable(view, t)} testId="export-payments" />
      </div>
      <table className="ledger-table">
        <thead>
          <tr>
            <th>{t('ledger.sale.code')}</th>
            <th>{t('ledger.sale.project')}</th>
            <th>{t('ledger.sale.scope')}</th>
            <th>{t('ledger.sale.buyer')}</th>
            <th className="num">{t('ledger.sale.mu')}</th>
            <th className="num">{t('ledger.sale.unitPrice')}</th>
            <th className="num">{t('ledger.sale.total')}</th>
            <th>{t('ledger.sale.date')}</th>
            <th>{t('ledger.sale.tranches')}</th>
            <th className="num">{t('ledger.sale.received')}</th>
          </tr>
        </thead>
        <tbody>
          {view.sales.map((s) => (
            <tr key={s.code} data-testid="ledger-sale-row" data-code={s.code}>
              <td>{s.code}</td>
              <td>{s.project_code}</td>
              <td>{enumText('transaction_scope', s.scope, language)}</td>
              <td>{s.buyer ?? ''}</td>
              <td className="num">{muText(s.mu)}</td>
              <td className="num">{s.unit_price_yuan === null ? '—' : yuanText(s.unit_price_yuan)}</td>
              <td className="num">{wan(s.contract_total_yuan)}</td>
              <td>{s.contract_date ?? ''}</td>
              <td className="tranches">{s.tranches.map((tr) => `${tr.due_date} ${wan(tr.amount_yuan)}`).join('；')}</td>
              <td className="num" data-column="received">{wan(s.received_yuan)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

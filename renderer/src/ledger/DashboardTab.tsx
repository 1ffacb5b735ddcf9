// 一张图概况: the county at a glance — people relocated and employed, facilities per site, old houses by status,
// reclaimed area by status, the quota and money chain (surplus, sold, income received, loans outstanding), and the
// county's progress against its targets, and the receivables overdue as of the date.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerView } from '../../../shared/ipc/ledger-protocol';
import type { AppLanguage } from '../i18n/i18n';
import { useAppStore } from '../state/app-store';
import { formatWanYuan, muText } from './money-format';
import { enumText } from './enum-text';
import { StatusChart } from './StatusChart';
import { ExportButtons } from './ExportButtons';
import { dashboardTable } from './ledger-tables';
import { TargetsPanel } from './TargetsPanel';
import { OverdueList } from './plan/OverdueList';

export function DashboardTab({ view, language }: { view: LedgerView; language: AppLanguage }): React.JSX.Element {
  const { t } = useTranslation();
  const summary = useAppStore((s) => s.project?.view.summary ?? null);
  const d = view.dashboard;
  const statusBars = useMemo(() => (summary?.parcelsByStatus ?? []).map((s) => ({ status: s.status, label: enumText('parcel_status', s.status, language), mu: s.areaMu })), [summary, language]);
  const surplus = view.projects.reduce((s, p) => s + p.surplus_mu, 0);
  const sold = view.projects.reduce((s, p) => s + p.sold_mu, 0);
  const figure = (label: string, value: string, testId?: string) => (
    <div className="plan-figure" key={label}>
      <span>{label}</span>
      <strong data-testid={testId}>{value}</strong>
    </div>
  );
  return (
    <div className="ledger-tab" data-testid="ledger-dashboard">
      <div className="ledger-toolbar">
        <ExportButtons table={() => dashboardTable(view, t)} testId="export-dashboard" />
      </div>
      <div className="plan-figures">
        {figure(t('ledger.dashboard.households'), String(d.households))}
        {figure(t('ledger.dashboard.persons'), String(d.persons))}
        {figure(t('ledger.dashboard.employed'), `${d.laborersEmployed} / ${d.laborers}`)}
        {figure(t('ledger.dashboard.notEmployed'), String(Math.max(0, d.laborers - d.laborersEmployed)))}
      </div>
      <div className="plan-figures">
        {figure(t('ledger.dashboard.surplus'), `${muText(surplus)} ${t('ledger.mu')}`, 'dashboard-surplus')}
        {figure(t('ledger.dashboard.sold'), `${muText(sold)} ${t('ledger.mu')}`)}
        {figure(t('ledger.dashboard.income'), formatWanYuan(d.incomeReceivedYuan, language))}
        {figure(t('ledger.dashboard.outstanding'), formatWanYuan(d.loanOutstandingYuan, language))}
        {figure(t('ledger.overdue.title'), formatWanYuan(view.overdue.reduce((s, o) => s + o.amount, 0), language), 'dashboard-overdue-total')}
      </div>
      <TargetsPanel view={view} language={language} />
      <OverdueList overdue={view.overdue} testId="dashboard-overdue" />
      <div className="dashboard-columns">
        <div>
          <h3>{t('ledger.dashboard.parcels')}</h3>
          <StatusChart bars={statusBars} unit={t('ledger.mu')} />
          <table className="ledger-table">
            <tbody>
              {(summary?.parcelsByStatus ?? []).map((s) => (
                <tr key={s.status}>
                  <td>{enumText('parcel_status', s.status, language)}</td>
                  <td className="num">{s.count}</td>
                  <td className="num">{muText(s.areaMu)} {t('ledger.mu')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <h3>{t('ledger.dashboard.houses')}</h3>
          <table className="ledger-table">
            <tbody>
              {Object.entries(d.housesByStatus).map(([status, count]) => (
                <tr key={status}>
                  <td>{enumText('house_status', status, language)}</td>
                  <td className="num">{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <h3>{t('ledger.dashboard.sites')}</h3>
          <table className="ledger-table">
            <thead>
              <tr>
                <th>{t('ledger.dashboard.site')}</th>
                <th className="num">{t('ledger.dashboard.households')}</th>
                <th className="num">{t('ledger.dashboard.persons')}</th>
                <th>{t('ledger.dashboard.facilities')}</th>
              </tr>
            </thead>
            <tbody>
              {d.sites.map((s, i) => (
                <tr key={`${s.name}-${i}`}>
                  <td>{s.name}</td>
                  <td className="num">{s.households}</td>
                  <td className="num">{s.persons}</td>
                  <td>{s.facilities}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}

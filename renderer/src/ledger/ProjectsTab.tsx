// 增减挂钩项目: every linkage project's quota chain (accepted − construction = surplus; sold; available) and the
// turnover quota it borrowed with the date it must be returned by (added, changed and deleted here).
import { useTranslation } from 'react-i18next';
import type { LedgerView } from '../../../shared/ipc/ledger-protocol';
import { muText } from './money-format';
import { LedgerChecks } from './LedgerChecks';
import { ExportButtons } from './ExportButtons';
import { projectsTable, turnoverTable } from './ledger-tables';
import { useState } from 'react';
import type { AppLanguage } from '../i18n/i18n';
import { TurnoverForm } from './TurnoverForm';
import { RpcError } from '../rpc/rpc-error';
import { uiCommands } from '../app/ui-commands';
import { showProjectOnMap } from './show-project-on-map';
import { useApp } from '../app/app-context';

export function ProjectsTab({ view, language }: { view: LedgerView; language: AppLanguage }): React.JSX.Element {
  const app = useApp();
  const { t } = useTranslation();
  /** The turnover row being edited: 'new', its code, or null. */
  const [editing, setEditing] = useState<string | null>(null);
  const removeTurnover = async (code: string): Promise<void> => {
    const choice = await uiCommands.ask(t('ledger.turnoverForm.deleteTitle'), t('ledger.turnoverForm.deleteBody', { code }), [
      { id: 'delete', label: t('ledger.loanForm.delete'), primary: true },
      { id: 'cancel', label: t('dialogs.cancel') },
    ]);
    if (choice !== 'delete') return;
    try {
      await app.project.deleteLedgerRow('turnover_quota', code);
    } catch (error) {
      uiCommands.toast(error instanceof RpcError ? (language === 'en' ? error.failure.message : error.failure.messageZh) : String(error), 'error');
    }
  };
  const totals = view.projects.reduce(
    (s, p) => ({ accepted: s.accepted + p.accepted_mu, construction: s.construction + p.construction_mu, surplus: s.surplus + p.surplus_mu, sold: s.sold + p.sold_mu, available: s.available + p.available_mu }),
    { accepted: 0, construction: 0, surplus: 0, sold: 0, available: 0 },
  );
  return (
    <div className="ledger-tab" data-testid="ledger-projects">
      <div className="ledger-toolbar">
        <ExportButtons table={() => projectsTable(view, t)} testId="export-projects" />
      </div>
      <table className="ledger-table">
        <thead>
          <tr>
            <th>{t('ledger.project.code')}</th>
            <th>{t('ledger.project.name')}</th>
            <th className="num">{t('ledger.project.accepted')}</th>
            <th className="num">{t('ledger.project.construction')}</th>
            <th className="num">{t('ledger.project.surplus')}</th>
            <th className="num">{t('ledger.project.sold')}</th>
            <th className="num">{t('ledger.project.available')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {view.projects.map((p) => (
            <tr key={p.code} data-testid="ledger-project-row" data-code={p.code}>
              <td>{p.code}</td>
              <td>{p.name ?? ''}</td>
              <td className="num" data-column="accepted">{muText(p.accepted_mu)}</td>
              <td className="num" data-column="construction">{muText(p.construction_mu)}</td>
              <td className="num" data-column="surplus">{muText(p.surplus_mu)}</td>
              <td className="num" data-column="sold">{muText(p.sold_mu)}</td>
              <td className={`num${p.available_mu < 0 ? ' bad' : ''}`} data-column="available">{muText(p.available_mu)}</td>
              <td>
                <button type="button" className="link-button" data-testid="show-project-on-map" onClick={() => {
                  if (showProjectOnMap(app, p.code) === 0) uiCommands.toast(t('ledger.project.noParcels', { code: p.code }), 'info');
                }}>
                  {t('ledger.project.showOnMap')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={2}>{t('ledger.total')}</td>
            <td className="num">{muText(totals.accepted)}</td>
            <td className="num">{muText(totals.construction)}</td>
            <td className="num">{muText(totals.surplus)}</td>
            <td className="num">{muText(totals.sold)}</td>
            <td className="num">{muText(totals.available)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      <h3>
        {t('ledger.turnover.title')}
        <ExportButtons table={() => turnoverTable(view, t)} testId="export-turnover" />
        {editing ? null : (
          <button type="button" className="ledger-inline-button" data-testid="turnover-add" onClick={() => setEditing('new')}>
            {t('ledger.turnoverForm.add')}
          </button>
        )}
      </h3>
      {editing ? <TurnoverForm key={editing} view={view} row={view.turnover.find((r) => r.code === editing) ?? null} language={language} onDone={() => setEditing(null)} /> : null}
      {view.turnover.length === 0 ? (
        <p className="ledger-empty">{t('ledger.turnover.none')}</p>
      ) : (
        <table className="ledger-table">
          <thead>
            <tr>
              <th>{t('ledger.project.code')}</th>
              <th className="num">{t('ledger.turnover.mu')}</th>
              <th>{t('ledger.turnover.borrowed')}</th>
              <th>{t('ledger.turnover.returnBy')}</th>
              <th>{t('ledger.turnover.state')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {view.turnover.map((row, i) => (
              <tr key={row.code ?? `${row.project_code}-${i}`} data-testid="turnover-row" data-code={row.code} className={row.state === 'overdue' ? 'bad' : row.state === 'due_soon' ? 'warn' : ''}>
                <td>{row.project_code}</td>
                <td className="num">{muText(row.mu)}</td>
                <td>{row.borrowed_date}</td>
                <td>{row.return_by}</td>
                <td>{t(`ledger.turnover.states.${row.state}`)}</td>
                <td>
                  {row.code ? (
                    <>
                      <button type="button" className="link-button" data-testid="turnover-edit" onClick={() => setEditing(row.code!)}>
                        {t('ledger.loanForm.edit')}
                      </button>{' '}
                      <button type="button" className="link-button" data-testid="turnover-delete" onClick={() => void removeTurnover(row.code!)}>
                        {t('ledger.loanForm.delete')}
                      </button>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <LedgerChecks view={view} />
    </div>
  );
}

// 贷款: each loan's terms and its schedule (dates, payment, interest, principal, balance, subsidy), computed to the
// fen by shared/finance. A loan whose terms cannot be scheduled says why. Loans are added, changed and deleted here
// (each one undoable step); the schedule and the repayment plan follow at once.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerView } from '../../../shared/ipc/ledger-protocol';
import type { AppLanguage } from '../i18n/i18n';
import { wan, yuanText } from './money-format';
import { enumText } from './enum-text';
import { ExportButtons } from './ExportButtons';
import { loansTable, scheduleTable } from './ledger-tables';
import { LoanForm } from './LoanForm';
import { uiCommands } from '../app/ui-commands';
import { RpcError } from '../rpc/rpc-error';
import { useApp } from '../app/app-context';

export function LoansTab({ view, language }: { view: LedgerView; language: AppLanguage }): React.JSX.Element {
  const app = useApp();
  const { t } = useTranslation();
  const [selected, setSelected] = useState(view.loans[0]?.code ?? '');
  /** The loan being edited: 'new', a loan's code, or null when the form is closed. */
  const [editing, setEditing] = useState<string | null>(null);
  const loan = view.loans.find((l) => l.code === selected) ?? view.loans[0];
  const edited = editing && editing !== 'new' ? (view.loans.find((l) => l.code === editing) ?? null) : null;
  const remove = async (code: string): Promise<void> => {
    const choice = await uiCommands.ask(t('ledger.loanForm.deleteTitle'), t('ledger.loanForm.deleteBody', { code }), [
      { id: 'delete', label: t('ledger.loanForm.delete'), primary: true },
      { id: 'cancel', label: t('dialogs.cancel') },
    ]);
    if (choice !== 'delete') return;
    try {
      await app.project.deleteLedgerRow('loans', code);
      uiCommands.toast(t('ledger.loanForm.deleted', { code }), 'info');
    } catch (error) {
      uiCommands.toast(error instanceof RpcError ? (language === 'en' ? error.failure.message : error.failure.messageZh) : String(error), 'error');
    }
  };
  return (
    <div className="ledger-tab" data-testid="ledger-loans">
      {editing ? (
        <LoanForm
          key={editing}
         
          loan={edited}
          language={language}
          onDone={(code) => {
            setEditing(null);
            if (code) setSelected(code);
          }}
        />
      ) : (
        <div className="ledger-toolbar">
          <button type="button" data-testid="loan-add" onClick={() => setEditing('new')}>
            {t('ledger.loanForm.add')}
          </button>
          <ExportButtons table={() => loansTable(view, t, language)} testId="export-loans" />
        </div>
      )}
      <table className="ledger-table">
        <thead>
          <tr>
            <th>{t('ledger.loan.code')}</th>
            <th>{t('ledger.loan.lender')}</th>
            <th className="num">{t('ledger.loan.principal')}</th>
            <th className="num">{t('ledger.loan.rate')}</th>
            <th>{t('ledger.loan.start')}</th>
            <th className="num">{t('ledger.loan.term')}</th>
            <th className="num">{t('ledger.loan.grace')}</th>
            <th>{t('ledger.loan.method')}</th>
            <th>{t('ledger.loan.frequency')}</th>
            <th className="num">{t('ledger.loan.subsidy')}</th>
            <th className="num">{t('ledger.loan.outstanding')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {view.loans.map((l) => (
            <tr key={l.code} data-testid="ledger-loan-row" data-code={l.code} aria-selected={l.code === loan?.code} className={l.code === loan?.code ? 'selected' : ''} onClick={() => setSelected(l.code)}>
              <td>{l.code}</td>
              <td>{l.lender}</td>
              <td className="num">{wan(l.principal_yuan)}</td>
              <td className="num" data-testid="loan-rate-cell">
                {l.extra?.rate?.kind === 'lpr' ? `LPR ${l.extra.rate.spread >= 0 ? '+' : '−'} ${Math.round(Math.abs(l.extra.rate.spread) * 10_000)} bp` : `${(l.annual_rate * 100).toFixed(2)} %`}
              </td>
              <td>{l.start_date}</td>
              <td className="num">{l.term_years}</td>
              <td className="num">{l.grace_years ?? 0}</td>
              <td>{enumText('repayment_method', l.method, language)}</td>
              <td>{enumText('payment_frequency', l.frequency, language)}</td>
              <td className="num">{((l.interest_subsidy ?? 0) * 100).toFixed(0)} %</td>
              <td className="num">{wan(l.outstanding_yuan)}</td>
              <td>
                <button type="button" className="link-button" data-testid="loan-edit" onClick={(e) => { e.stopPropagation(); setSelected(l.code); setEditing(l.code); }}>
                  {t('ledger.loanForm.edit')}
                </button>{' '}
                <button type="button" className="link-button" data-testid="loan-delete" onClick={(e) => { e.stopPropagation(); void remove(l.code); }}>
                  {t('ledger.loanForm.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {loan ? (
        <>
          <h3>
            {t('ledger.loan.scheduleOf', { code: loan.code, lender: loan.lender })}
            {loan.schedule ? <ExportButtons table={() => scheduleTable(loan, t)} testId="export-schedule" /> : null}
          </h3>
          {loan.problem || !loan.schedule ? (
            <p className="bad">{loan.problem}</p>
          ) : (
            <table className="ledger-table schedule" data-testid="loan-schedule">
              <thead>
                <tr>
                  <th className="num">{t('ledger.loan.period')}</th>
                  <th>{t('ledger.loan.date')}</th>
                  <th className="num">{t('ledger.loan.payment')}</th>
                  <th className="num">{t('ledger.loan.interest')}</th>
                  <th className="num">{t('ledger.loan.principalPaid')}</th>
                  <th className="num">{t('ledger.loan.balance')}</th>
                  <th className="num">{t('ledger.loan.subsidyPaid')}</th>
                </tr>
              </thead>
              <tbody>
                {loan.schedule.payments.map((p) => (
                  <tr key={p.period}>
                    <td className="num">{p.period}</td>
                    <td>{p.date}</td>
                    <td className="num">{yuanText(p.payment)}</td>
                    <td className="num">{yuanText(p.interest)}</td>
                    <td className="num">{yuanText(p.principal)}</td>
                    <td className="num">{yuanText(p.balance)}</td>
                    <td className="num">{yuanText(p.subsidy)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td colSpan={2}>{t('ledger.total')}</td>
                  <td className="num">{yuanText(loan.schedule.totals.payment)}</td>
                  <td className="num">{yuanText(loan.schedule.totals.interest)}</td>
                  <td className="num">{yuanText(loan.schedule.totals.principal)}</td>
                  <td />
                  <td className="num">{yuanText(loan.schedule.totals.subsidy)}</td>
                </tr>
              </tfoot>
            </table>
          )}
        </>
      ) : (
        <p className="ledger-empty">{t('ledger.loan.none')}</p>
      )}
    </div>
  );
}

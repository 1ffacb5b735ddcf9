// Adding or changing a loan: lender, kind, principal (万元), annual rate (%), start date, term, grace years
// (interest only), method (等额本息 / 等额本金), frequency and the interest subsidy share (%). Each field says what is
// wrong with it before anything is sent; the worker checks again (the schedule must be computable) and saves the
// loan as one undoable step. The terms banks add (LPR + spread reset yearly, prepayments, subsidy by year) are saved
// with it in the project's settings (a second step). The schedule and the plan follow at once.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enumValues, type EnumName } from '../../../shared/domain/enums';
import type { LoanRow } from '../../../shared/ledger/ledger-rows';
import type { LoanExtraTerms } from '../../../shared/ledger/ledger-settings';
import { uiCommands } from '../app/ui-commands';
import type { AppLanguage } from '../i18n/i18n';
import { enumText } from './enum-text';
import { FormMessage, LedgerField, LedgerFormFrame, useLedgerSubmit } from './LedgerForm';
import { draftOfLoan, loanDraftProblems, loanValuesOfDraft, NEW_LOAN_DRAFT, type LoanDraft, type LoanField } from './loan-form-values';
import { useApp } from '../app/app-context';
import { draftOfExtra, extraTermsOfDraft, loanExtraProblems, type LoanExtraDraft, type LoanExtraField } from './loan-form-values-extra';

export function LoanForm({ loan, language, onDone }: { loan: (LoanRow & { readonly extra?: LoanExtraTerms | null }) | null; language: AppLanguage; onDone(code: string | null): void }): React.JSX.Element {
  const app = useApp();
  const { t } = useTranslation();
  const [draft, setDraft] = useState<LoanDraft>(loan ? draftOfLoan(loan) : NEW_LOAN_DRAFT);
  const [extra, setExtra] = useState<LoanExtraDraft>(draftOfExtra(loan?.extra));
  const setExtraField = (key: keyof LoanExtraDraft) => (event: { target: { value: string } }) => {
    setExtra((d) => ({ ...d, [key]: event.target.value }));
    submit.setFieldMessages({});
  };
  const submit = useLedgerSubmit(language);
  const set = (key: keyof LoanDraft) => (event: { target: { value: string } }) => {
    setDraft((d) => ({ ...d, [key]: event.target.value }));
    submit.setFieldMessages({});
  };
  const messageOf = (field: LoanField | LoanExtraField): string | undefined => submit.fieldMessages[field];

  const save = async (): Promise<void> => {
    const problems = { ...loanDraftProblems(draft), ...loanExtraProblems(extra) };
    if (Object.keys(problems).length > 0) {
      submit.setFieldMessages(Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, t(`ledger.loanForm.errors.${key}`)])));
      return;
    }
    let code = '';
    const terms = extraTermsOfDraft(extra);
    const ok = await submit.run(async () => {
      code = await app.project.saveLedgerRow('loans', loan?.code ?? null, loanValuesOfDraft(draft));
      if (terms || loan?.extra) await app.project.saveLedgerSettings({ loanTerms: { code, terms } });
    });
    if (ok) {
      uiCommands.toast(t(loan ? 'ledger.loanForm.saved' : 'ledger.loanForm.added', { code }), 'info');
      onDone(code);
    }
  };

  const enumSelect = (key: keyof LoanDraft, name: EnumName, testId: string, allowEmpty = false) => (
    <select data-testid={testId} value={draft[key]} onChange={set(key)}>
      {allowEmpty ? <option value="">—</option> : null}
      {enumValues(name).map((value) => (
        <option key={value} value={value}>
          {enumText(name, value, language)}
        </option>
      ))}
    </select>
  );
  const input = (key: keyof LoanDraft, field: LoanField, testId: string, type = 'text') => (
    <input data-testid={testId} type={type} inputMode={type === 'text' && key !== 'lender' ? 'decimal' : undefined} value={draft[key]} aria-invalid={messageOf(field) ? true : undefined} onChange={set(key)} />
  );

  return (
    <LedgerFormFrame testId="loan-form" title={loan ? t('ledger.loanForm.editTitle', { code: loan.code }) : t('ledger.loanForm.addTitle')} onSubmit={() => void save()}>
      <LedgerField label={t('ledger.loan.lender')} message={messageOf('lender')} messageTestId="loan-lender-message">
        {input('lender', 'lender', 'loan-lender')}
      </LedgerField>
      <LedgerField label={t('ledger.loanForm.kind')}>{enumSelect('kind', 'loan_kind', 'loan-kind', true)}</LedgerField>
      <LedgerField label={t('ledger.loan.principal')} message={messageOf('principal_yuan')} messageTestId="loan-principal-message">
        {input('principalWan', 'principal_yuan', 'loan-principal')}
      </LedgerField>
      <LedgerField label={t('ledger.loanForm.ratePercent')} message={messageOf('annual_rate')} messageTestId="loan-rate-message">
        {input('ratePercent', 'annual_rate', 'loan-rate')}
      </LedgerField>
      <LedgerField label={t('ledger.loan.start')} message={messageOf('start_date')} messageTestId="loan-start-message">
        {input('startDate', 'start_date', 'loan-start', 'date')}
      </LedgerField>
      <LedgerField label={t('ledger.loan.term')} message={messageOf('term_years')} messageTestId="loan-term-message">
        {input('termYears', 'term_years', 'loan-term')}
      </LedgerField>
      <LedgerField label={t('ledger.loan.grace')} message={messageOf('grace_years')} messageTestId="loan-grace-message">
        {input('graceYears', 'grace_years', 'loan-grace')}
      </LedgerField>
      <LedgerField label={t('ledger.loan.method')}>{enumSelect('method', 'repayment_method', 'loan-method')}</LedgerField>
      <LedgerField label={t('ledger.loan.frequency')}>{enumSelect('frequency', 'payment_frequency', 'loan-frequency')}</LedgerField>
      <LedgerField label={t('ledger.loanForm.subsidyPercent')} message={messageOf('interest_subsidy')} messageTestId="loan-subsidy-message">
        {input('subsidyPercent', 'interest_subsidy', 'loan-subsidy')}
      </LedgerField>
      <LedgerField label={t('ledger.loanForm.rateKind')}>
        <select data-testid="loan-rate-kind" value={extra.rateKind} onChange={setExtraField('rateKind')}>
          <option value="fixed">{t('ledger.loanForm.rateFixed')}</option>
          <option value="lpr">{t('ledger.loanForm.rateLpr')}</option>
        </select>
      </LedgerField>
      {extra.rateKind === 'lpr' ? (
        <>
          <LedgerField label={t('ledger.loanForm.spreadBp')} message={messageOf('spread')} messageTestId="loan-spread-message">
            <input data-testid="loan-spread" inputMode="decimal" value={extra.spreadBp} onChange={setExtraField('spreadBp')} />
          </LedgerField>
          <LedgerField label={t('ledger.loanForm.resetDay')} message={messageOf('reset')} messageTestId="loan-reset-message">
            <input data-testid="loan-reset" value={extra.resetMonthDay} onChange={setExtraField('resetMonthDay')} />
          </LedgerField>
        </>
      ) : null}
      <LedgerField label={t('ledger.loanForm.prepayments')} message={messageOf('prepayments')} messageTestId="loan-prepayments-message">
        <textarea data-testid="loan-prepayments" rows={2} placeholder="2028-03-01 1000" value={extra.prepayments} onChange={setExtraField('prepayments')} />
      </LedgerField>
      <LedgerField label={t('ledger.loanForm.subsidyByYear')} message={messageOf('subsidyByYear')} messageTestId="loan-subsidy-years-message">
        <textarea data-testid="loan-subsidy-years" rows={2} placeholder="2030 80" value={extra.subsidyByYear} onChange={setExtraField('subsidyByYear')} />
      </LedgerField>
      <button type="submit" data-testid="loan-save" disabled={submit.busy}>
        {t('ledger.loanForm.save')}
      </button>
      <button type="button" data-testid="loan-cancel" onClick={() => onDone(null)}>
        {t('dialogs.cancel')}
      </button>
      <FormMessage message={submit.message} testId="loan-form-message" />
    </LedgerFormFrame>
  );
}

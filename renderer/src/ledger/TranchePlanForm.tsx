// A sale's payment schedule (DOMAIN.md: "often 2–3 annual tranches, or an advance plus settlement after acceptance:
// keep it configurable"): the default (three equal annual tranches), N equal annual tranches, or an advance share
// plus the settlement some years later. Saved in quota_transactions.tranche_plan, one undoable step; the tranches and
// the plan's expected income follow at once.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranchePlan } from '../../../shared/finance/quota-tranches';
import type { LedgerView } from '../../../shared/ipc/ledger-protocol';
import { uiCommands } from '../app/ui-commands';
import type { AppLanguage } from '../i18n/i18n';
import { FormMessage, LedgerField, LedgerFormFrame, useLedgerSubmit } from './LedgerForm';
import { useApp } from '../app/app-context';

type Kind = 'default' | TranchePlan['kind'];

export function TranchePlanForm({ view, language }: { view: LedgerView; language: AppLanguage }): React.JSX.Element {
  const app = useApp();
  const { t } = useTranslation();
  const [saleCode, setSaleCode] = useState(view.sales[0]?.code ?? '');
  const sale = view.sales.find((s) => s.code === saleCode);
  const [kind, setKind] = useState<Kind>(sale?.tranche_plan?.kind ?? 'default');
  const [count, setCount] = useState(String(sale?.tranche_plan?.kind === 'equal_annual' ? sale.tranche_plan.count : 3));
  const [advance, setAdvance] = useState(String(sale?.tranche_plan?.kind === 'advance_settlement' ? Math.round(sale.tranche_plan.advanceShare * 100) : 30));
  const [years, setYears] = useState(String(sale?.tranche_plan?.kind === 'advance_settlement' ? sale.tranche_plan.settlementAfterYears : 1));
  const submit = useLedgerSubmit(language);
  const choose = (code: string): void => {
    setSaleCode(code);
    const plan = view.sales.find((s) => s.code === code)?.tranche_plan ?? null;
    setKind(plan?.kind ?? 'default');
    if (plan?.kind === 'equal_annual') setCount(String(plan.count));
    if (plan?.kind === 'advance_settlement') {
      setAdvance(String(Math.round(plan.advanceShare * 100)));
      setYears(String(plan.settlementAfterYears));
    }
  };

  const save = async (): Promise<void> => {
    let plan: TranchePlan | null = null;
    const problems: Record<string, string> = {};
    if (kind === 'equal_annual') {
      const n = Number(count);
      if (!(Number.isInteger(n) && n >= 1 && n <= 20)) problems.count = t('ledger.tranches.errors.count');
      plan = { kind, count: n };
    } else if (kind === 'advance_settlement') {
      const share = Number(advance);
      const after = Number(years);
      if (!(advance.trim() !== '' && share >= 0 && share <= 100)) problems.advance = t('ledger.tranches.errors.advance');
      if (!(Number.isInteger(after) && after >= 0 && after <= 20)) problems.years = t('ledger.tranches.errors.years');
      plan = { kind, advanceShare: share / 100, settlementAfterYears: after };
    }
    if (Object.keys(problems).length > 0) return submit.setFieldMessages(problems);
    if (await submit.run(() => app.project.saveLedgerRow('quota_transactions', saleCode, { tranche_plan: plan ? JSON.stringify(plan) : null }).then(() => undefined))) {
      uiCommands.toast(t('ledger.tranches.saved', { code: saleCode }), 'info');
    }
  };

  return (
    <LedgerFormFrame testId="tranche-form" title={t('ledger.tranches.title')} onSubmit={() => void save()}>
      <LedgerField label={t('ledger.sale.code')}>
        <select data-testid="tranche-sale" value={saleCode} onChange={(e) => choose(e.target.value)}>
          {view.sales.map((s) => (
            <option key={s.code} value={s.code}>
              {s.code} {s.buyer ?? ''}
            </option>
          ))}
        </select>
      </LedgerField>
      <LedgerField label={t('ledger.tranches.kind')}>
        <select data-testid="tranche-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          <option value="default">{t('ledger.tranches.kinds.default')}</option>
          <option value="equal_annual">{t('ledger.tranches.kinds.equal_annual')}</option>
          <option value="advance_settlement">{t('ledger.tranches.kinds.advance_settlement')}</option>
        </select>
      </LedgerField>
      {kind === 'equal_annual' ? (
        <LedgerField label={t('ledger.tranches.count')} message={submit.fieldMessages.count} messageTestId="tranche-count-message">
          <input data-testid="tranche-count" inputMode="numeric" value={count} onChange={(e) => setCount(e.target.value)} />
        </LedgerField>
      ) : null}
      {kind === 'advance_settlement' ? (
        <>
          <LedgerField label={t('ledger.tranches.advance')} message={submit.fieldMessages.advance} messageTestId="tranche-advance-message">
            <input data-testid="tranche-advance" inputMode="decimal" value={advance} onChange={(e) => setAdvance(e.target.value)} />
          </LedgerField>
          <LedgerField label={t('ledger.tranches.years')} message={submit.fieldMessages.years} messageTestId="tranche-years-message">
            <input data-testid="tranche-years" inputMode="numeric" value={years} onChange={(e) => setYears(e.target.value)} />
          </LedgerField>
        </>
      ) : null}
      <button type="submit" data-testid="tranche-save" disabled={submit.busy || !saleCode}>
        {t('ledger.tranches.save')}
      </button>
      <FormMessage message={submit.message ?? submit.fieldMessages.tranche_plan ?? null} testId="tranche-form-message" />
    </LedgerFormFrame>
  );
}

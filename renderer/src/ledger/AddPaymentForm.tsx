// Recording a payment received for a quota sale: the sale, which due tranche it settles (or a new payment), the
// amount in yuan and the date received. The ledger's rules decide in the worker; payments beyond the contract total
// are refused with the rule's message at the amount field.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerView } from '../../../shared/ipc/ledger-protocol';
import type { AppLanguage } from '../i18n/i18n';
import { uiCommands } from '../app/ui-commands';
import { yuanText } from './money-format';
import { LedgerField, LedgerFormFrame, useLedgerSubmit } from './LedgerForm';
import { useApp } from '../app/app-context';

export function AddPaymentForm({ view, language }: { view: LedgerView; language: AppLanguage }): React.JSX.Element {
  const app = useApp();
  const { t } = useTranslation();
  const [saleCode, setSaleCode] = useState(view.sales[0]?.code ?? '');
  const [dueCode, setDueCode] = useState('');
  const [amount, setAmount] = useState('');
  const [date, setDate] = useState(view.asOfDate);
  const submit = useLedgerSubmit(language);
  const sale = view.sales.find((s) => s.code === saleCode);
  const outstanding = sale ? Math.max(0, sale.contract_total_yuan - sale.received_yuan) : 0;
  const due = (sale?.payments ?? []).filter((p) => !p.paid_date);
  const chooseDue = (code: string): void => {
    setDueCode(code);
    const row = due.find((p) => p.code === code);
    if (row) setAmount(String(row.amount_yuan));
  };

  const save = async (): Promise<void> => {
    const value = Number(amount);
    if (!(value > 0)) return submit.setMessage(t('ledger.addPayment.amountRequired'));
    await submit.run(async () => {
      const outcome = await app.project.addPayment({ ...(dueCode ? { code: dueCode } : {}), transaction_code: saleCode, due_date: null, paid_date: date || null, amount_yuan: value });
      if (!outcome.applied) throw new Error(outcome.issues.map((i) => (language === 'en' ? i.message : i.messageZh)).join(' '));
      setAmount('');
      setDueCode('');
      uiCommands.toast(t('ledger.addPayment.added', { code: outcome.code }), 'info');
    });
  };

  return (
    <LedgerFormFrame testId="add-payment-form" title={t('ledger.addPayment.title')} onSubmit={() => void save()}>
      <LedgerField label={t('ledger.sale.code')}>
        <select
          data-testid="add-payment-sale"
          value={saleCode}
          onChange={(e) => {
            setSaleCode(e.target.value);
            setDueCode('');
          }}
        >
          {view.sales.map((s) => (
            <option key={s.code} value={s.code}>
              {s.code} {s.buyer ?? ''}
            </option>
          ))}
        </select>
      </LedgerField>
      <LedgerField label={t('ledger.addPayment.settles')}>
        <select data-testid="add-payment-due" value={dueCode} onChange={(e) => chooseDue(e.target.value)}>
          <option value="">{t('ledger.addPayment.newPayment')}</option>
          {due.map((p) => (
            <option key={p.code} value={p.code}>
              {p.code} {p.due_date ?? ''} {yuanText(p.amount_yuan)}
            </option>
          ))}
        </select>
      </LedgerField>
      <LedgerField label={t('ledger.addPayment.amount', { outstanding: yuanText(outstanding) })} message={submit.message} messageTestId="add-payment-message">
        <input data-testid="add-payment-amount" inputMode="decimal" value={amount} aria-invalid={submit.message ? true : undefined} onChange={(e) => setAmount(e.target.value)} />
      </LedgerField>
      <LedgerField label={t('ledger.addPayment.date')}>
        <input data-testid="add-payment-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </LedgerField>
      <button type="submit" data-testid="add-payment-submit" disabled={submit.busy || !saleCode}>
        {t('ledger.addPayment.submit')}
      </button>
    </LedgerFormFrame>
  );
}

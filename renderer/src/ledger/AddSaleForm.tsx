// Adding a quota sale: project, scope and quality, buyer, mu, unit price (filled from the price presets of
// DOMAIN.md, editable) and contract date. The ledger's rules decide in the worker; a sale beyond the project's
// available quota is refused and the rule's message is shown at the mu field, with what was typed kept.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerView } from '../../../shared/ipc/ledger-protocol';
import type { QuotaQuality, SaleScope } from '../../../shared/ledger/ledger-rows';
import type { AppLanguage } from '../i18n/i18n';
import { uiCommands } from '../app/ui-commands';
import { muText } from './money-format';
import { LedgerField, LedgerFormFrame, useLedgerSubmit } from './LedgerForm';
import { useApp } from '../app/app-context';

export function AddSaleForm({ view, language }: { view: LedgerView; language: AppLanguage }): React.JSX.Element {
  const app = useApp();
  const { t } = useTranslation();
  const [projectCode, setProjectCode] = useState(view.projects.find((p) => p.available_mu > 0)?.code ?? view.projects[0]?.code ?? '');
  const [presetId, setPresetId] = useState(view.presets[0]?.id ?? '');
  const [buyer, setBuyer] = useState('');
  const [mu, setMu] = useState('');
  const [price, setPrice] = useState(String(view.presets[0]?.yuanPerMu ?? ''));
  const [date, setDate] = useState(view.asOfDate);
  const submit = useLedgerSubmit(language);
  const preset = view.presets.find((p) => p.id === presetId);
  const available = view.projects.find((p) => p.code === projectCode)?.available_mu ?? 0;

  const save = async (): Promise<void> => {
    const muValue = Number(mu);
    if (!(muValue > 0)) return submit.setMessage(t('ledger.addSale.muRequired'));
    const priceValue = price.trim() === '' ? null : Number(price);
    if (priceValue !== null && !(priceValue >= 0)) return submit.setMessage(t('ledger.addSale.priceInvalid'));
    await submit.run(async () => {
      const scope: SaleScope = preset?.scope ?? 'intra_province';
      const quality: QuotaQuality | null = preset?.quality ?? null;
      const outcome = await app.project.addSale({ project_code: projectCode, scope, quality, buyer: buyer.trim() || null, mu: muValue, unit_price_yuan: priceValue, contract_date: date || null });
      if (!outcome.applied) throw new Error(outcome.issues.map((i) => (language === 'en' ? i.message : i.messageZh)).join(' '));
      setMu('');
      setBuyer('');
      uiCommands.toast(t('ledger.addSale.added', { code: outcome.code }), 'info');
    });
  };

  return (
    <LedgerFormFrame testId="add-sale-form" title={t('ledger.addSale.title')} onSubmit={() => void save()}>
      <LedgerField label={t('ledger.sale.project')}>
        <select data-testid="add-sale-project" value={projectCode} onChange={(e) => setProjectCode(e.target.value)}>
          {view.projects.map((p) => (
            <option key={p.code} value={p.code}>
              {p.code} {p.name ?? ''}
            </option>
          ))}
        </select>
      </LedgerField>
      <LedgerField label={t('ledger.addSale.preset')}>
        <select
          data-testid="add-sale-preset"
          value={presetId}
          onChange={(e) => {
            setPresetId(e.target.value);
            const next = view.presets.find((p) => p.id === e.target.value);
            if (next) setPrice(String(next.yuanPerMu));
          }}
        >
          {view.presets.map((p) => (
            <option key={p.id} value={p.id}>
              {language === 'en' ? p.label.en : p.label.zh}
            </option>
          ))}
        </select>
      </LedgerField>
      <LedgerField label={t('ledger.sale.buyer')}>
        <input data-testid="add-sale-buyer" value={buyer} onChange={(e) => setBuyer(e.target.value)} />
      </LedgerField>
      <LedgerField label={t('ledger.addSale.mu', { available: muText(available) })} message={submit.message} messageTestId="add-sale-message">
        <input data-testid="add-sale-mu" inputMode="decimal" value={mu} aria-invalid={submit.message ? true : undefined} onChange={(e) => setMu(e.target.value)} />
      </LedgerField>
      <LedgerField label={t('ledger.sale.unitPrice')}>
        <input data-testid="add-sale-price" inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} />
      </LedgerField>
      <LedgerField label={t('ledger.sale.date')}>
        <input data-testid="add-sale-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </LedgerField>
      <button type="submit" data-testid="add-sale-submit" disabled={submit.busy || !projectCode}>
        {t('ledger.addSale.submit')}
      </button>
    </LedgerFormFrame>
  );
}

// Adding a quota sale: project, scope and quality, buyer, mu, unit price (filled from the price presets of
// DOMAIN.md, editable) and contract date. The ledger's rules decide in the worker; a sale beyond the project's
// available quota is refused and the rule's message is shown at the mu field, with what was typed kept.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerView } from '../../../shared/ipc/ledger-protocol';
import type { QuotaQuality, SaleScope } from '../../../shared/ledger/ledger-rows';
import type { AppController } from '../app/app-controller';
import type { AppLanguage } from '../i18n/i18n';
import { WorkerError } from '../worker/worker-client';
import { uiCommands } from '../app/ui-commands';
import { muText } from './money-format';

export function AddSaleForm({ app, view, language }: { app: AppController; view: LedgerView; language: AppLanguage }): React.JSX.Element {
  const { t } = useTranslation();
  const [projectCode, setProjectCode] = useState(view.projects.find((p) => p.available_mu > 0)?.code ?? view.projects[0]?.code ?? '');
  const [presetId, setPresetId] = useState(view.presets[0]?.id ?? '');
  const [buyer, setBuyer] = useState('');
  const [mu, setMu] = useState('');
  const [price, setPrice] = useState(String(view.presets[0]?.yuanPerMu ?? ''));
  const [date, setDate] = useState(view.asOfDate);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const preset = view.presets.find((p) => p.id === presetId);
  const available = view.projects.find((p) => p.code === projectCode)?.available_mu ?? 0;

  const submit = async (): Promise<void> => {
    const muValue = Number(mu);
    if (!(muValue > 0)) {
      setMessage(t('ledger.addSale.muRequired'));
      return;
    }
    const priceValue = price.trim() === '' ? null : Number(price);
    if (priceValue !== null && !(priceValue >= 0)) {
      setMessage(t('ledger.addSale.priceInvalid'));
      return;
    }
    setBusy(true);
    try {
      const scope: SaleScope = preset?.scope ?? 'intra_province';
      const quality: QuotaQuality | null = preset?.quality ?? null;
      const outcome = await app.addSale({ project_code: projectCode, scope, quality, buyer: buyer.trim() || null, mu: muValue, unit_price_yuan: priceValue, contract_date: date || null });
      if (!outcome.applied) {
        setMessage(outcome.issues.map((i) => (language === 'en' ? i.message : i.messageZh)).join(' '));
        return;
      }
      setMessage(null);
      setMu('');
      setBuyer('');
      uiCommands.toast(t('ledger.addSale.added', { code: outcome.code }), 'info');
    } catch (error) {
      setMessage(error instanceof WorkerError ? (language === 'en' ? error.failure.message : error.failure.messageZh) : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="ledger-add-sale"
      data-testid="add-sale-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3>{t('ledger.addSale.title')}</h3>
      <label>
        {t('ledger.sale.project')}
        <select data-testid="add-sale-project" value={projectCode} onChange={(e) => setProjectCode(e.target.value)}>
          {view.projects.map((p) => (
            <option key={p.code} value={p.code}>
              {p.code} {p.name ?? ''}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('ledger.addSale.preset')}
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
      </label>
      <label>
        {t('ledger.sale.buyer')}
        <input data-testid="add-sale-buyer" value={buyer} onChange={(e) => setBuyer(e.target.value)} />
      </label>
      <label className={message ? 'invalid' : ''}>
        {t('ledger.addSale.mu', { available: muText(available) })}
        <input data-testid="add-sale-mu" inputMode="decimal" value={mu} aria-invalid={message ? true : undefined} aria-describedby="add-sale-message" onChange={(e) => setMu(e.target.value)} />
      </label>
      <label>
        {t('ledger.sale.unitPrice')}
        <input data-testid="add-sale-price" inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} />
      </label>
      <label>
        {t('ledger.sale.date')}
        <input data-testid="add-sale-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <button type="submit" data-testid="add-sale-submit" disabled={busy || !projectCode}>
        {t('ledger.addSale.submit')}
      </button>
      {message ? (
        <p id="add-sale-message" className="field-message" role="alert" data-testid="add-sale-message">
          {message}
        </p>
      ) : null}
    </form>
  );
}

// 价格预设: the quota prices of DOMAIN.md (2018 cross-province rules and the usual intra-province range; to verify
// before relying on them), editable and saved in the project (one undoable step). A new sale starts from them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerView } from '../../../shared/ipc/ledger-protocol';
import { DEFAULT_PRICE_PRESETS } from '../../../shared/ledger/price-presets';
import { uiCommands } from '../app/ui-commands';
import type { AppLanguage } from '../i18n/i18n';
import { FormMessage, useLedgerSubmit } from './LedgerForm';
import { yuanText } from './money-format';
import { useApp } from '../app/app-context';

export function PricePresetsEditor({ view, language }: { view: LedgerView; language: AppLanguage }): React.JSX.Element {
  const app = useApp();
  const { t } = useTranslation();
  const [prices, setPrices] = useState<Record<string, string>>(() => Object.fromEntries(view.presets.map((p) => [p.id, String(p.yuanPerMu)])));
  const submit = useLedgerSubmit(language);
  const save = async (): Promise<void> => {
    const problems: Record<string, string> = {};
    for (const preset of view.presets) {
      const value = Number(prices[preset.id]);
      if (!((prices[preset.id] ?? '').trim() !== '' && Number.isFinite(value) && value >= 0)) problems[preset.id] = t('ledger.presets.errors.price');
    }
    if (Object.keys(problems).length > 0) return submit.setFieldMessages(problems);
    // Only what differs from DOMAIN.md's defaults is stored, so a later correction of a default still reaches the project.
    const edits = view.presets
      .map((p) => ({ id: p.id, yuanPerMu: Number(prices[p.id]) }))
      .filter((edit) => DEFAULT_PRICE_PRESETS.find((d) => d.id === edit.id)?.yuanPerMu !== edit.yuanPerMu);
    if (await submit.run(() => app.project.saveLedgerSettings({ presetEdits: edits }))) uiCommands.toast(t('ledger.presets.saved'), 'info');
  };
  return (
    <form
      className="ledger-presets"
      data-testid="presets-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <table className="ledger-table preset-table">
        <thead>
          <tr>
            <th>{t('ledger.presets.preset')}</th>
            <th className="num">{t('ledger.presets.price')}</th>
            <th className="num">{t('ledger.presets.default')}</th>
          </tr>
        </thead>
        <tbody>
          {view.presets.map((p) => (
            <tr key={p.id}>
              <td>{language === 'en' ? p.label.en : p.label.zh}</td>
              <td className="num">
                <input data-testid={`preset-${p.id}`} inputMode="decimal" aria-invalid={submit.fieldMessages[p.id] ? true : undefined} value={prices[p.id] ?? ''} onChange={(e) => setPrices((d) => ({ ...d, [p.id]: e.target.value }))} />
                {submit.fieldMessages[p.id] ? <span className="field-message bad" role="alert"> {submit.fieldMessages[p.id]}</span> : null}
              </td>
              <td className="num">{yuanText(DEFAULT_PRICE_PRESETS.find((d) => d.id === p.id)?.yuanPerMu ?? p.yuanPerMu)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="submit" data-testid="presets-save" disabled={submit.busy}>
        {t('ledger.presets.save')}
      </button>
      <FormMessage message={submit.message} testId="presets-form-message" />
    </form>
  );
}

// 县目标任务: the county's targets (households and persons to relocate, houses to demolish, mu to reclaim, quota to
// sell, loan principal to repay) with the progress the project shows against each, and a form to set them (saved in
// the project, one undoable step). Loan principal is typed in 万元 like every amount on these screens.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTY_TARGET_KEYS, type CountyTargetKey, type CountyTargets } from '../../../shared/ledger/county-targets';
import type { LedgerView } from '../../../shared/ipc/ledger-protocol';
import { uiCommands } from '../app/ui-commands';
import type { AppLanguage } from '../i18n/i18n';
import { FormMessage, LedgerField, LedgerFormFrame, useLedgerSubmit } from './LedgerForm';
import { muText, percentText, wan } from './money-format';
import { useApp } from '../app/app-context';

/** Loan principal is stored in yuan and typed in 万元. */
const SCALE: Partial<Record<CountyTargetKey, number>> = { loansRepaidYuan: 10_000 };

function valueText(key: CountyTargetKey, value: number): string {
  if (key === 'loansRepaidYuan') return wan(value);
  if (key === 'reclaimedMu' || key === 'quotaSoldMu') return muText(value);
  return String(Math.round(value));
}

export function TargetsPanel({ view, language }: { view: LedgerView; language: AppLanguage }): React.JSX.Element {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const { progress } = view.dashboard;
  return (
    <div className="targets-panel" data-testid="targets-panel">
      <h3>
        {t('ledger.targets.title')}
        {editing ? null : (
          <button type="button" className="ledger-inline-button" data-testid="targets-edit" onClick={() => setEditing(true)}>
            {t('ledger.targets.edit')}
          </button>
        )}
      </h3>
      {editing ? <TargetsForm targets={view.dashboard.targets} language={language} onDone={() => setEditing(false)} /> : null}
      {progress.length === 0 ? (
        <p className="ledger-empty">{t('ledger.targets.none')}</p>
      ) : (
        <table className="ledger-table targets">
          <thead>
            <tr>
              <th />
              <th className="num">{t('ledger.export.value')}</th>
              <th className="num">{t('ledger.targets.target')}</th>
              <th>{t('ledger.targets.progress')}</th>
            </tr>
          </thead>
          <tbody>
            {progress.map((p) => (
              <tr key={p.key} data-testid="target-row" data-key={p.key}>
                <td>{t(`ledger.targets.keys.${p.key}`)}</td>
                <td className="num">{valueText(p.key, p.actual)}</td>
                <td className="num">{valueText(p.key, p.target)}</td>
                <td className="progress-cell">
                  <span className="progress-bar" aria-hidden>
                    <span style={{ width: `${Math.min(100, p.share * 100)}%` }} />
                  </span>
                  <span data-testid="target-progress" data-value={p.share}>{percentText(p.share)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function TargetsForm({ targets, language, onDone }: { targets: CountyTargets; language: AppLanguage; onDone(): void }): React.JSX.Element {
  const app = useApp();
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<Record<string, string>>(() =>
    Object.fromEntries(COUNTY_TARGET_KEYS.map((key) => [key, targets[key] === undefined ? '' : String(targets[key]! / (SCALE[key] ?? 1))])),
  );
  const submit = useLedgerSubmit(language);
  const save = async (): Promise<void> => {
    const next: CountyTargets = {};
    const problems: Record<string, string> = {};
    for (const key of COUNTY_TARGET_KEYS) {
      const text = (drafts[key] ?? '').trim();
      if (text === '') continue;
      const value = Number(text);
      if (!(Number.isFinite(value) && value > 0)) problems[key] = t('ledger.targets.errors.positive');
      else next[key] = value * (SCALE[key] ?? 1);
    }
    if (Object.keys(problems).length > 0) return submit.setFieldMessages(problems);
    if (await submit.run(() => app.project.saveLedgerSettings({ targets: next }))) {
      uiCommands.toast(t('ledger.targets.saved'), 'info');
      onDone();
    }
  };
  return (
    <LedgerFormFrame testId="targets-form" onSubmit={() => void save()}>
      {COUNTY_TARGET_KEYS.map((key) => (
        <LedgerField key={key} label={t(`ledger.targets.keys.${key}`)} message={submit.fieldMessages[key]} messageTestId={`target-${key}-message`}>
          <input
            data-testid={`target-${key}`}
            inputMode="decimal"
            placeholder={t('ledger.targets.empty')}
            value={drafts[key] ?? ''}
            aria-invalid={submit.fieldMessages[key] ? true : undefined}
            onChange={(e) => setDrafts((d) => ({ ...d, [key]: e.target.value }))}
          />
        </LedgerField>
      ))}
      <button type="submit" data-testid="targets-save" disabled={submit.busy}>
        {t('ledger.targets.save')}
      </button>
      <button type="button" onClick={onDone}>
        {t('dialogs.cancel')}
      </button>
      <FormMessage message={submit.message} testId="targets-form-message" />
    </LedgerFormFrame>
  );
}

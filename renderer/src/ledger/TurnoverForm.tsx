// Adding or changing turnover quota (周转指标) a linkage project borrowed: project, mu, date borrowed and, once
// returned, the date returned. The return-by date (borrowed + 3 years) is computed, never typed. One undoable step.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerView } from '../../../shared/ipc/ledger-protocol';
import type { TurnoverStatus } from '../../../shared/ledger/turnover-quota';
import { uiCommands } from '../app/ui-commands';
import type { AppLanguage } from '../i18n/i18n';
import { FormMessage, LedgerField, LedgerFormFrame, useLedgerSubmit } from './LedgerForm';
import { useApp } from '../app/app-context';

export function TurnoverForm({ view, row, language, onDone }: { view: LedgerView; row: TurnoverStatus | null; language: AppLanguage; onDone(): void }): React.JSX.Element {
  const app = useApp();
  const { t } = useTranslation();
  const [project, setProject] = useState(row?.project_code ?? view.projects[0]?.code ?? '');
  const [mu, setMu] = useState(row ? String(row.mu) : '');
  const [borrowed, setBorrowed] = useState(row?.borrowed_date ?? '');
  const [returned, setReturned] = useState(row?.returned_date ?? '');
  const submit = useLedgerSubmit(language);

  const save = async (): Promise<void> => {
    const problems: Record<string, string> = {};
    if (!(Number(mu) > 0)) problems.mu = t('ledger.turnoverForm.errors.muPositive');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(borrowed)) problems.borrowed_date = t('ledger.turnoverForm.errors.borrowedRequired');
    else if (returned && returned < borrowed) problems.returned_date = t('ledger.turnoverForm.errors.returnedBeforeBorrowed');
    if (Object.keys(problems).length > 0) return submit.setFieldMessages(problems);
    const ok = await submit.run(async () => {
      await app.project.saveLedgerRow('turnover_quota', row?.code ?? null, { project_code: project, mu: Number(mu), borrowed_date: borrowed, returned_date: returned || null });
    });
    if (ok) {
      uiCommands.toast(t('ledger.turnoverForm.saved'), 'info');
      onDone();
    }
  };

  return (
    <LedgerFormFrame testId="turnover-form" title={row ? t('ledger.turnoverForm.editTitle', { code: row.code ?? '' }) : t('ledger.turnoverForm.addTitle')} onSubmit={() => void save()}>
      <LedgerField label={t('ledger.project.code')} message={submit.fieldMessages.project_code}>
        <select data-testid="turnover-project" value={project} onChange={(e) => setProject(e.target.value)}>
          {view.projects.map((p) => (
            <option key={p.code} value={p.code}>
              {p.code} {p.name ?? ''}
            </option>
          ))}
        </select>
      </LedgerField>
      <LedgerField label={t('ledger.turnover.mu')} message={submit.fieldMessages.mu} messageTestId="turnover-mu-message">
        <input data-testid="turnover-mu" inputMode="decimal" value={mu} aria-invalid={submit.fieldMessages.mu ? true : undefined} onChange={(e) => setMu(e.target.value)} />
      </LedgerField>
      <LedgerField label={t('ledger.turnover.borrowed')} message={submit.fieldMessages.borrowed_date} messageTestId="turnover-borrowed-message">
        <input data-testid="turnover-borrowed" type="date" value={borrowed} onChange={(e) => setBorrowed(e.target.value)} />
      </LedgerField>
      <LedgerField label={t('ledger.turnoverForm.returned')} message={submit.fieldMessages.returned_date} messageTestId="turnover-returned-message">
        <input data-testid="turnover-returned" type="date" value={returned} onChange={(e) => setReturned(e.target.value)} />
      </LedgerField>
      <button type="submit" data-testid="turnover-save" disabled={submit.busy || !project}>
        {t('ledger.turnoverForm.save')}
      </button>
      <button type="button" onClick={onDone}>
        {t('dialogs.cancel')}
      </button>
      <FormMessage message={submit.message} testId="turnover-form-message" />
    </LedgerFormFrame>
  );
}

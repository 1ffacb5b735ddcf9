// Merging a field package back: what changed in the field and applies cleanly, and every conflict side by side —
// base (when the package was made), field (the package) and office (the project now) — for the user to choose, field
// by field. Nothing is overwritten silently: the merge applies only once every conflict has a choice, as one
// undoable step recorded in audit_log.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context';
import type { MergeConflict, MergeResolution } from '../../../shared/field/merge/index';
import { tableLabel } from '../../../shared/domain/labels';
import { useAppStore } from '../state/app-store';
import type { FieldDialog } from './field-dialogs';
import { afterMerge, cancelMerge, failureText } from './field-package';
import { fieldLabel, mergeValueText } from './merge-values';
import { withLedgerConfirmation } from '../ledger/confirm-ledger-edit';

type Props = { dialog: Extract<FieldDialog, { kind: 'merge' }> };

export function MergeDialog({ dialog }: Props): React.JSX.Element {
  const app = useApp();
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const { plan } = dialog;
  const [choices, setChoices] = useState<Record<string, MergeResolution>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = plan.conflicts.filter((c) => !choices[c.id]).length;
  const nothing = plan.changes.length === 0 && plan.conflicts.length === 0;

  const chooseAll = (resolution: MergeResolution): void => setChoices(Object.fromEntries(plan.conflicts.map((c) => [c.id, resolution])));
  const apply = async (): Promise<void> => {
    if (open > 0 || busy || nothing) return;
    setBusy(true);
    setError(null);
    useAppStore.setState({ busy: t('field.merge.applying') });
    try {
      // The ledger's question when the merge would break quota sales: cancel keeps the dialog, proceed merges.
      const { outcome, view } = await withLedgerConfirmation((acknowledged) => app.project.call('merge.apply', { token: dialog.token, resolutions: choices, acknowledged }));
      app.document.showChangedView(view);
      afterMerge();
      app.ui.toast(t('field.merge.done', { applied: outcome.applied.length, resolved: outcome.resolved.length, remaining: outcome.remaining.length }));
    } catch (e) {
      setError(failureText(e));
      setBusy(false);
    } finally {
      useAppStore.setState({ busy: null });
    }
  };

  const info = plan.packageInfo;
  return (
    <div className="overlay field-overlay" onKeyDown={(e) => (e.key === 'Escape' ? void cancelMerge(app) : undefined)}>
      <div className="dialog field-dialog merge" role="dialog" aria-label={t('field.merge.title', { name: dialog.fileName })} data-testid="merge-dialog">
        <h2>{t('field.merge.title', { name: dialog.fileName })}</h2>
        <p className="muted">
          {t('field.merge.info', { area: info.area.name, at: new Date(info.createdAt).toLocaleString(i18n.language), by: info.createdBy, project: info.sourceProject })}
        </p>
        {plan.previousMerges.length > 0 ? <p className="field-error-text">{t('field.merge.mergedBefore', { count: plan.previousMerges.length, at: new Date(plan.previousMerges.at(-1)!.at).toLocaleString(i18n.language) })}</p> : null}
        <p data-testid="merge-summary">{t('field.merge.summary', { changes: plan.changes.length, conflicts: plan.conflicts.length, same: plan.same, decided: plan.decided, problems: plan.problems.length })}</p>

        {plan.changes.length > 0 ? (
          <>
            <h3>{t('field.merge.cleanTitle')}</h3>
            <table className="field-table" data-testid="merge-changes">
              <thead>
                <tr>
                  <th>{t('field.merge.feature')}</th>
                  <th>{t('field.merge.action')}</th>
                  <th>{t('field.merge.what')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.changes.map((change, index) => (
                  <tr key={index} data-testid="merge-change" data-code={change.code}>
                    <td>
                      {change.action === 'relate' || change.action === 'unrelate' ? relationText(change.code, lang) : `${tableLabel(change.table, lang)} ${change.code}`}
                      {change.newCode ? ` → ${change.newCode}` : ''}
                    </td>
                    <td>{t(`field.merge.actions.${change.action}`)}</td>
                    <td className="muted">
                      {change.fields.slice(0, 6).map((f) => (
                        <div key={f.field}>
                          {fieldLabel(change.table, f.field, lang)}: {mergeValueText(change.table, f.field, f.base, lang)} → <strong>{mergeValueText(change.table, f.field, f.package, lang)}</strong>
                        </div>
                      ))}
                      {change.fields.length > 6 ? <div>{t('field.merge.more', { count: change.fields.length - 6 })}</div> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : null}

        {plan.conflicts.length > 0 ? (
          <>
            <h3>
              {t('field.merge.conflictTitle')} <small className="muted">{t('field.merge.conflictHint')}</small>
            </h3>
            <div className="field-buttons">
              <button type="button" data-testid="merge-all-package" onClick={() => chooseAll('package')}>{t('field.merge.allPackage')}</button>
              <button type="button" data-testid="merge-all-project" onClick={() => chooseAll('project')}>{t('field.merge.allProject')}</button>
            </div>
            <table className="field-table merge-conflicts" data-testid="merge-conflicts">
              <thead>
                <tr>
                  <th>{t('field.merge.feature')}</th>
                  <th>{t('field.merge.base')}</th>
                  <th>{t('field.merge.package')}</th>
                  <th>{t('field.merge.project')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.conflicts.map((conflict) => (
                  <ConflictRow key={conflict.id} conflict={conflict} lang={lang} choice={choices[conflict.id]} onChoose={(r) => setChoices((c) => ({ ...c, [conflict.id]: r }))} />
                ))}
              </tbody>
            </table>
          </>
        ) : null}

        {plan.problems.length > 0 ? (
          <>
            <h3>{t('field.merge.problemsTitle')}</h3>
            <ul className="field-issues" data-testid="merge-problems">
              {plan.problems.map((p, i) => (
                <li key={i}>
                  {tableLabel(p.table, lang)} {p.code} · {fieldLabel(p.table, p.field, lang)}: {lang === 'zh' ? p.message.zh : p.message.en}
                </li>
              ))}
            </ul>
          </>
        ) : null}

        {error ? <p className="field-error" role="alert">{error}</p> : null}
        <div className="buttons">
          <span className="muted merge-open" data-testid="merge-open">{nothing ? t('field.merge.nothing') : open > 0 ? t('field.merge.open', { count: open }) : t('field.merge.ready')}</span>
          <button type="button" data-testid="merge-cancel" onClick={() => void cancelMerge(app)}>{t('dialogs.cancel')}</button>
          <button type="button" className="primary" disabled={open > 0 || busy || nothing} data-testid="merge-apply" onClick={() => void apply()}>
            {t('field.merge.apply')}
          </button>
        </div>
      </div>
    </div>
  );
}

/** `verification/photo` of a relate change, as `核查记录 HC-1 ↔ 照片 ZP-1`. */
function relationText(code: string, lang: 'zh' | 'en'): string {
  const [verification, photo] = code.split('/');
  return `${tableLabel('verifications', lang)} ${verification ?? ''} ↔ ${tableLabel('photos', lang)} ${photo ?? ''}`;
}

function ConflictRow({ conflict, lang, choice, onChoose }: { conflict: MergeConflict; lang: 'zh' | 'en'; choice: MergeResolution | undefined; onChoose: (r: MergeResolution) => void }): React.JSX.Element {
  const { t } = useTranslation();
  const text = (value: unknown): string => mergeValueText(conflict.table, conflict.field, value, lang);
  const cell = (side: 'package' | 'project', value: unknown): React.JSX.Element => (
    <td>
      <button type="button" role="radio" aria-checked={choice === side} className="merge-choice" data-testid={`merge-choose-${side}`} onClick={() => onChoose(side)}>
        {text(value)}
      </button>
    </td>
  );
  return (
    <tr data-testid="merge-conflict" data-id={conflict.id}>
      <td>
        {tableLabel(conflict.table, lang)} {conflict.code}
        <br />
        <strong>{fieldLabel(conflict.table, conflict.field, lang)}</strong> <span className="muted">{t(`field.merge.kinds.${conflict.kind}`)}</span>
        {conflict.kind === 'code-clash' ? (
          <div>
            <button type="button" role="radio" aria-checked={choice === 'both'} className="merge-choice" data-testid="merge-choose-both" onClick={() => onChoose('both')}>
              {t('field.merge.both')}
            </button>
          </div>
        ) : null}
      </td>
      <td className="muted">{text(conflict.base)}</td>
      {cell('package', conflict.package)}
      {cell('project', conflict.project)}
    </tr>
  );
}

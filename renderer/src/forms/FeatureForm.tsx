// The feature form: every attribute of one row with a typed field (pick-lists for statuses, land classes, townships
// and villages), its ellipsoidal area read-only in mu, m² and ha, and a message at each field whose value the write
// path would refuse. Save sends the changed fields as one feature.update (one undo step); Escape closes.
import { useEffect, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findTableSchema } from '../../../shared/domain/tables/index';
import { squareMetresToMu } from '../../../shared/domain/units';
import { uiCommands } from '../app/ui-commands';
import { useAppStore } from '../state/app-store';
import { formatFixed } from '../table/format-value';
import { checkField, draftOf, isChange } from './field-value';
import { closeFeatureForm, useFormStore } from './form-store';
import { placeOptions } from './pick-lists';
import { saveProperties } from './save-properties';
import { TypedInput } from './TypedInput';
import { useFormRow } from './use-form-row';
import { useApp } from '../app/app-context';

export function FeatureForm(): React.JSX.Element | null {
  const app = useApp();
  const target = useFormStore((s) => s.target);
  const row = useFormRow(app, target);
  if (!target || row === undefined) return null;
  return <FeatureFormDialog key={`${target.table}:${target.fid}`} table={target.table} row={row} />;
}

function FeatureFormDialog({ table, row }: { table: string; row: Record<string, unknown> | null }): React.JSX.Element {
  const app = useApp();
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language) === 'en' ? 'en' : 'zh';
  const view = useAppStore((s) => s.project?.view);
  const schema = findTableSchema(table);
  const editable = useMemo(() => (schema?.columns ?? []).filter((c) => !c.computed && c.kind !== 'blob'), [schema]);
  const areaColumn = schema?.columns.find((c) => c.computed === 'ellipsoidal-area');
  const [drafts, setDrafts] = useState<Record<string, string>>(() => Object.fromEntries(editable.map((c) => [c.name, draftOf(row?.[c.name])])));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent): void => {
      if (event.key === 'Escape') closeFeatureForm();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!schema || !row) {
    return (
      <div className="overlay">
        <div className="dialog feature-form" role="dialog" data-testid="feature-form">
          <p role="alert">{t('form.missing')}</p>
          <div className="buttons"><button type="button" onClick={closeFeatureForm}>{t('form.close')}</button></div>
        </div>
      </div>
    );
  }

  const setDraft = (name: string, value: string): void => {
    setDrafts((d) => ({ ...d, [name]: value }));
    const column = editable.find((c) => c.name === name)!;
    const checked = checkField(column, value, language);
    setErrors((e) => {
      const next = { ...e };
      if (checked.ok) delete next[name];
      else next[name] = checked.message;
      return next;
    });
    setFormError(null);
  };

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const found: Record<string, string> = {};
    const changes: Record<string, unknown> = {};
    for (const column of editable) {
      const checked = checkField(column, drafts[column.name] ?? '', language);
      if (!checked.ok) found[column.name] = checked.message;
      else if (isChange(row[column.name], checked.value)) changes[column.name] = checked.value;
    }
    setErrors(found);
    if (Object.keys(found).length) {
      document.getElementById(`form-field-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    if (Object.keys(changes).length === 0) {
      closeFeatureForm();
      return;
    }
    setSaving(true);
    const refusal = await saveProperties(app, table, Number(row.fid), changes, language);
    setSaving(false);
    if (!refusal) {
      closeFeatureForm();
      uiCommands.toast(t('form.saved', { name: String(row.code ?? row.fid) }));
    } else if (refusal.field) setErrors({ [refusal.field]: refusal.message });
    else setFormError(refusal.message);
  };

  const area = areaColumn && typeof row[areaColumn.name] === 'number' ? (row[areaColumn.name] as number) : null;
  // Keys typed in the form belong to it (Ctrl+Z undoes typing, not the project).
  const keepKeys = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') event.stopPropagation();
  };

  return (
    <div className="overlay">
      <form className="dialog feature-form" role="dialog" aria-label={schema.label[language]} data-testid="feature-form" onSubmit={(e) => void save(e)} onKeyDown={keepKeys} noValidate>
        <h2>
          {schema.label[language]} · {String(row.code ?? row.fid)}
        </h2>
        <div className="form-fields">
          {editable.map((column) => (
            <div key={column.name} className={`form-field${errors[column.name] ? ' invalid' : ''}`}>
              <label htmlFor={`form-field-${column.name}`}>
                {column.label[language]}
                {column.unit ? `（${column.unit}）` : ''}
                {column.required ? <span className="required" aria-hidden> *</span> : null}
              </label>
              <TypedInput
                id={`form-field-${column.name}`}
                testId={`form-field-${column.name}`}
                column={column}
                value={drafts[column.name] ?? ''}
                onChange={(value) => setDraft(column.name, value)}
                language={language}
                options={placeOptions(view, column.name, column.name === 'village' ? drafts.township || null : null)}
                invalid={Boolean(errors[column.name])}
              />
              {errors[column.name] ? (
                <p className="field-error" role="alert" data-testid={`form-error-${column.name}`}>
                  {errors[column.name]}
                </p>
              ) : null}
            </div>
          ))}
          {areaColumn ? (
            <div className="form-field">
              <span className="form-label">{areaColumn.label[language]}</span>
              <output data-testid="form-area">
                {area === null ? '—' : `${formatFixed(squareMetresToMu(area), 2)} ${language === 'zh' ? '亩' : 'mu'} · ${formatFixed(area, 2)} m² · ${formatFixed(area / 10_000, 4)} ha`}
              </output>
            </div>
          ) : null}
        </div>
        {formError ? <p className="field-error" role="alert" data-testid="form-error">{formError}</p> : null}
        <div className="buttons">
          <button type="button" data-testid="form-cancel" onClick={closeFeatureForm}>
            {t('form.cancel')}
          </button>
          <button type="submit" className="primary" data-testid="form-save" disabled={saving}>
            {t('form.save')}
          </button>
        </div>
      </form>
    </div>
  );
}

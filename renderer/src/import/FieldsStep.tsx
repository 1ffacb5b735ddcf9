// Step 3: which source field fills which Landlink column, pre-filled by suggestFieldMap (三调 DLTB names, Chinese
// headers, column names) with the reason shown; area fields are only compared, never stored. Required columns that
// no field fills get a value for every feature (e.g. status = planned).
import { useTranslation } from 'react-i18next';
import { ENUMS } from '../../../shared/domain/enums';
import type { ColumnSchema, Label } from '../../../shared/domain/schema-types';
import { findTableSchema } from '../../../shared/domain/tables/index';
import type { PreparedImport } from './import-messages';

interface Props {
  readonly prepared: PreparedImport;
  readonly defaults: Readonly<Record<string, unknown>>;
  readonly onField: (field: string, column: string | null) => void;
  readonly onDefault: (column: string, value: unknown) => void;
  readonly onGoToCrs: () => void;
}

function columnText(column: ColumnSchema, english: boolean): string {
  return `${english ? column.label.en : column.label.zh} (${column.name})`;
}

export function FieldsStep({ prepared, defaults, onField, onDefault, onGoToCrs }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const schema = findTableSchema(prepared.table);
  const mapped = prepared.mapped;
  if (!mapped || !schema)
    return (
      <div className="import-step" data-testid="import-step-fields">
        <p className="import-warning">{t('import.fields.needCrs')}</p>
        <button type="button" onClick={onGoToCrs}>{t('import.steps.crs')}</button>
      </div>
    );
  const columns = schema.columns.filter((c) => !c.computed);
  const byName = new Map(schema.columns.map((c) => [c.name, c]));
  const first = prepared.sampleRows[0] ?? {};
  return (
    <div className="import-step" data-testid="import-step-fields">
      <table className="import-fields">
        <thead>
          <tr>
            <th>{t('import.fields.source')}</th>
            <th>{t('import.fields.example')}</th>
            <th>{t('import.fields.column')}</th>
            <th>{t('import.fields.why')}</th>
          </tr>
        </thead>
        <tbody>
          {mapped.entries.map((entry) => (
            <tr key={entry.field}>
              <td>{entry.field}</td>
              <td className="import-example">{first[entry.field] === null || first[entry.field] === undefined ? '' : String(first[entry.field])}</td>
              <td>
                <select aria-label={entry.field} data-testid={`import-field-${entry.field}`} value={entry.column ?? ''} onChange={(e) => onField(entry.field, e.target.value || null)}>
                  <option value="">{t('import.fields.leaveOut')}</option>
                  {columns.map((c) => (
                    <option key={c.name} value={c.name}>{columnText(c, english)}</option>
                  ))}
                </select>
              </td>
              <td className="muted">{t(`import.reason.${entry.reason}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {mapped.sourceAreaFields.length > 0 && (
        <p className="import-note">{t('import.fields.areaNote', { fields: mapped.sourceAreaFields.map((f) => f.field).join('、') })}</p>
      )}
      {mapped.missingRequired.length > 0 && (
        <div className="import-defaults">
          <h4>{t('import.fields.defaults')}</h4>
          {mapped.missingRequired.map((name) => {
            const column = byName.get(name);
            if (!column) return null;
            const values = column.enum ? (ENUMS[column.enum] as Record<string, Label>) : undefined;
            return (
              <label key={name}>
                <span>{columnText(column, english)}</span>
                {values ? (
                  <select data-testid={`import-default-${name}`} value={String(defaults[name] ?? '')} onChange={(e) => onDefault(name, e.target.value || undefined)}>
                    <option value="">—</option>
                    {Object.entries(values).map(([code, label]) => (
                      <option key={code} value={code}>{english ? label.en : label.zh}</option>
                    ))}
                  </select>
                ) : (
                  <input className="text-input" data-testid={`import-default-${name}`} value={String(defaults[name] ?? '')} onChange={(e) => onDefault(name, e.target.value || undefined)} />
                )}
              </label>
            );
          })}
        </div>
      )}
    </div>
  );
}

// One editor for a column, chosen by its kind: a select with labels for enums and yes/no, a pick-list for places,
// text with the expected format for dates and numbers. Shared by the attribute table's cells and the feature form.
import type { KeyboardEvent } from 'react';
import { ENUMS } from '../../../shared/domain/enums';
import type { ColumnSchema, Label } from '../../../shared/domain/schema-types';

export interface TypedInputProps {
  readonly column: ColumnSchema;
  readonly value: string;
  onChange(value: string): void;
  readonly language: 'zh' | 'en';
  /** Names to pick from (villages, townships); the current value stays available even if it is not one of them. */
  readonly options?: readonly string[] | null;
  readonly autoFocus?: boolean;
  readonly invalid?: boolean;
  readonly id?: string;
  readonly testId?: string;
  onKeyDown?(event: KeyboardEvent<HTMLInputElement | HTMLSelectElement>): void;
  onBlur?(): void;
}

const PLACEHOLDERS: Partial<Record<ColumnSchema['kind'], Label>> = {
  date: { zh: 'YYYY-MM-DD', en: 'YYYY-MM-DD' },
  datetime: { zh: 'YYYY-MM-DDTHH:MM:SSZ', en: 'YYYY-MM-DDTHH:MM:SSZ' },
  integer: { zh: '整数', en: 'whole number' },
  real: { zh: '数字', en: 'number' },
};

export function TypedInput(props: TypedInputProps): React.JSX.Element {
  const { column, value, onChange, language, options, autoFocus, invalid, id, testId, onKeyDown, onBlur } = props;
  const common = { id, autoFocus, onBlur, 'aria-invalid': invalid || undefined, 'data-testid': testId, className: `typed-input${invalid ? ' invalid' : ''}`, 'aria-label': column.label[language] };
  const blank = column.required ? null : <option value="">{language === 'zh' ? '（空）' : '(empty)'}</option>;

  if (column.kind === 'enum' && column.enum) {
    const labels = ENUMS[column.enum] as Record<string, Label>;
    const known = Object.prototype.hasOwnProperty.call(labels, value) || value === '';
    return (
      <select {...common} value={value} onChange={(e) => onChange(e.target.value)} onKeyDown={onKeyDown}>
        {blank}
        {!known ? <option value={value}>{value}</option> : null}
        {Object.entries(labels).map(([code, label]) => (
          <option key={code} value={code}>
            {column.enum === 'land_class' ? `${code} ${label[language]}` : label[language]}
          </option>
        ))}
      </select>
    );
  }
  if (column.kind === 'boolean') {
    return (
      <select {...common} value={value} onChange={(e) => onChange(e.target.value)} onKeyDown={onKeyDown}>
        {blank}
        <option value="1">{language === 'zh' ? '是' : 'Yes'}</option>
        <option value="0">{language === 'zh' ? '否' : 'No'}</option>
      </select>
    );
  }
  if (options) {
    const all = value && !options.includes(value) ? [value, ...options] : options;
    return (
      <select {...common} value={value} onChange={(e) => onChange(e.target.value)} onKeyDown={onKeyDown}>
        {blank ?? <option value="" disabled />}
        {all.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    );
  }
  const numeric = column.kind === 'integer' || column.kind === 'real';
  return (
    <input
      {...common}
      type="text"
      inputMode={numeric ? 'decimal' : undefined}
      placeholder={PLACEHOLDERS[column.kind]?.[language]}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={onKeyDown}
      spellCheck={false}
    />
  );
}

// Editing one cell: the column's typed editor in place, Enter commits (one feature.update, one undo step), Escape
// cancels, Tab commits and moves right. A refused value stays in the editor with the reason under it.
import { useRef, useState, type KeyboardEvent } from 'react';
import { useApp } from '../app/app-context';
import { checkField, draftOf, isChange } from '../forms/field-value';
import { placeOptions } from '../forms/pick-lists';
import { saveProperties } from '../forms/save-properties';
import { TypedInput } from '../forms/TypedInput';
import { useAppStore } from '../state/app-store';
import type { UiLanguage } from './format-value';
import type { DisplayColumn } from './table-columns';
import type { TableRow } from './table-row';

export type EditEnd = 'cancel' | 'commit' | 'commit-right';

export interface CellEditorProps {
  readonly table: string;
  readonly row: TableRow;
  readonly column: DisplayColumn;
  readonly language: UiLanguage;
  /** The first key typed on the cell, which replaces its content (as in a spreadsheet). */
  readonly initialText?: string;
  onEnd(end: EditEnd): void;
}

export function CellEditor({ table, row, column, language, initialText, onEnd }: CellEditorProps): React.JSX.Element | null {
  const app = useApp();
  const schema = column.schema;
  const stored = row[column.field];
  const [draft, setDraft] = useState(initialText ?? draftOf(stored));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const busy = useRef(false);
  const view = useAppStore((s) => s.project?.view);
  if (!schema) return null;
  const options = placeOptions(view, column.field, column.field === 'village' ? String(row.township ?? '') : null);

  const commit = async (end: Exclude<EditEnd, 'cancel'>): Promise<void> => {
    if (busy.current) return;
    const checked = checkField(schema, draft, language);
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    if (!isChange(stored, checked.value)) {
      onEnd(end);
      return;
    }
    busy.current = true;
    setSaving(true);
    const refusal = await saveProperties(app, table, row.fid, { [column.field]: checked.value }, language);
    busy.current = false;
    setSaving(false);
    // Cancelled (the edit would break quota sales): the cell goes back to its stored value.
    if (refusal?.cancelled) onEnd('cancel');
    else if (refusal) setError(refusal.message);
    else onEnd(end);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLSelectElement>): void => {
    // The editor owns the keyboard while open: Ctrl+Z undoes typing here, not the project.
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit('commit');
    } else if (event.key === 'Tab') {
      event.preventDefault();
      void commit('commit-right');
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onEnd('cancel');
    }
  };

  return (
    <div className="cell-editor" data-testid="cell-editor">
      <TypedInput
        column={schema}
        value={draft}
        onChange={(value) => {
          setDraft(value);
          setError(null);
        }}
        language={language}
        options={options}
        autoFocus
        invalid={Boolean(error)}
        testId="cell-editor-input"
        onKeyDown={onKeyDown}
      />
      {saving ? <span className="cell-editor-saving" aria-hidden>…</span> : null}
      {error ? (
        <div className="cell-error" role="alert" data-testid="cell-error">
          {error}
        </div>
      ) : null}
    </div>
  );
}

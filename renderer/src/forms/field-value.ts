// Between what an editor holds (text) and what a column stores, with the write path's own checks (validate-value.ts)
// so a bad value is refused at the field, in the user's language, before anything is sent.
import type { ColumnSchema } from '../../../shared/domain/schema-types';
import { normalizeValue, type StoredValue } from '../../../shared/domain/validate-value';

export type FieldCheck = { ok: true; value: StoredValue } | { ok: false; message: string };

/** The text an editor starts from for a stored value. */
export function draftOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

export function checkField(column: ColumnSchema, draft: string, language: 'zh' | 'en'): FieldCheck {
  const result = normalizeValue(column, draft);
  if (result.ok) return { ok: true, value: result.value };
  return { ok: false, message: language === 'zh' ? result.messageZh : result.message };
}

/** Whether a checked value differs from what is stored (so an unchanged field sends nothing). */
export function isChange(stored: unknown, value: StoredValue): boolean {
  if ((stored === null || stored === undefined || stored === '') && value === null) return false;
  if (typeof value === 'number' && typeof stored === 'number') return value !== stored;
  return String(stored ?? '') !== String(value ?? '');
}

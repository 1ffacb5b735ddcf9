// Turns a value from a form, an import or the CLI into what a column stores, or says precisely why it cannot.
// Lenient where people are predictable (numeric strings, 2020/05/01 dates, enum labels in Chinese or English),
// strict where a wrong guess would corrupt the ledger (non-numbers, impossible dates, unknown statuses).
import { ENUMS } from './enums';
import type { ColumnSchema, Label } from './schema-types';

export type StoredValue = string | number | Uint8Array | null;

export interface ValueProblem {
  readonly message: string;
  readonly messageZh: string;
}

export type ValueResult = { ok: true; value: StoredValue } | ({ ok: false } & ValueProblem);

export function normalizeValue(column: ColumnSchema, input: unknown): ValueResult {
  if (input === undefined || input === null || (typeof input === 'string' && input.trim() === '')) {
    return column.required
      ? problem(`${column.name} is required`, `“${column.label.zh}”为必填项`)
      : { ok: true, value: null };
  }
  switch (column.kind) {
    case 'text':
      if (typeof input === 'string') return { ok: true, value: input };
      if (typeof input === 'number' || typeof input === 'boolean') return { ok: true, value: String(input) };
      return problem(`${column.name} must be text`, `“${column.label.zh}”应为文本`);
    case 'code':
      // One spelling per code: "gg-2023-05 " and "GG-2023-05" are the same project, or quota would leave it.
      if (typeof input === 'string') return { ok: true, value: normalizeCode(input) };
      if (typeof input === 'number' && Number.isFinite(input)) return { ok: true, value: String(input) };
      return problem(`${column.name} must be a code (text)`, `“${column.label.zh}”应为编号文本`);
    case 'integer':
    case 'real':
      return normalizeNumber(column, input);
    case 'boolean':
      return normalizeBoolean(column, input);
    case 'date':
      return normalizeDate(column, input);
    case 'datetime':
      return normalizeDateTime(column, input);
    case 'enum':
      return normalizeEnum(column, input);
    case 'json':
      return normalizeJson(column, input);
    case 'blob':
      return input instanceof Uint8Array
        ? { ok: true, value: input }
        : problem(`${column.name} must be binary data`, `“${column.label.zh}”应为二进制数据`);
  }
}

/** A business code as stored: trimmed, inner spaces kept, one case (upper: FK-000058, GG-2023-05). */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

function normalizeNumber(column: ColumnSchema, input: unknown): ValueResult {
  const number = typeof input === 'number' ? input : typeof input === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(input) ? Number(input) : NaN;
  if (!Number.isFinite(number)) {
    return problem(`${column.name} must be a number, not ${JSON.stringify(input)}`, `“${column.label.zh}”应为数字，而不是 ${JSON.stringify(input)}`);
  }
  if (column.kind === 'integer' && !Number.isInteger(number)) {
    return problem(`${column.name} must be a whole number, not ${number}`, `“${column.label.zh}”应为整数，而不是 ${number}`);
  }
  if (column.min !== undefined && number < column.min) {
    return problem(`${column.name} must be at least ${column.min}, not ${number}`, `“${column.label.zh}”不能小于 ${column.min}（现为 ${number}）`);
  }
  if (column.max !== undefined && number > column.max) {
    return problem(`${column.name} must be at most ${column.max}, not ${number}`, `“${column.label.zh}”不能大于 ${column.max}（现为 ${number}）`);
  }
  return { ok: true, value: number };
}

function normalizeBoolean(column: ColumnSchema, input: unknown): ValueResult {
  const text = String(input).trim().toLowerCase();
  if (['true', '1', 'yes', '是', 'y'].includes(text)) return { ok: true, value: 1 };
  if (['false', '0', 'no', '否', 'n'].includes(text)) return { ok: true, value: 0 };
  return problem(`${column.name} must be true or false`, `“${column.label.zh}”应为“是”或“否”`);
}

function normalizeDate(column: ColumnSchema, input: unknown): ValueResult {
  const match = typeof input === 'string' ? /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?\s*$/.exec(input) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return { ok: true, value: `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
    }
  }
  return problem(`${column.name} must be a date written YYYY-MM-DD, not ${JSON.stringify(input)}`, `“${column.label.zh}”应为日期（YYYY-MM-DD），而不是 ${JSON.stringify(input)}`);
}

function normalizeDateTime(column: ColumnSchema, input: unknown): ValueResult {
  const time = typeof input === 'string' && /^\d{4}-\d{2}-\d{2}/.test(input) ? Date.parse(input) : typeof input === 'number' ? input : NaN;
  if (!Number.isFinite(time)) {
    return problem(`${column.name} must be an ISO 8601 date and time, not ${JSON.stringify(input)}`, `“${column.label.zh}”应为 ISO 8601 日期时间，而不是 ${JSON.stringify(input)}`);
  }
  // GeoPackage asks for DATETIME as UTC 'YYYY-MM-DDTHH:MM:SS.SSSZ'; GDAL warns on anything else.
  return { ok: true, value: new Date(time).toISOString() };
}

function normalizeEnum(column: ColumnSchema, input: unknown): ValueResult {
  const labels = (column.enum ? ENUMS[column.enum] : {}) as Record<string, Label>;
  const text = String(input).trim();
  if (Object.prototype.hasOwnProperty.call(labels, text)) return { ok: true, value: text };
  // Imports often carry the label people see (已验收, Accepted) rather than the stored code.
  for (const [code, label] of Object.entries(labels)) {
    if (label.zh === text || label.en.toLowerCase() === text.toLowerCase()) return { ok: true, value: code };
  }
  const allowed = Object.keys(labels).join(', ');
  return problem(`${column.name} must be one of ${allowed}, not ${JSON.stringify(input)}`, `“${column.label.zh}”应为以下之一：${allowed}，而不是 ${JSON.stringify(input)}`);
}

function normalizeJson(column: ColumnSchema, input: unknown): ValueResult {
  if (typeof input === 'string') {
    try {
      JSON.parse(input);
      return { ok: true, value: input };
    } catch {
      return problem(`${column.name} must hold valid JSON`, `“${column.label.zh}”应为有效的 JSON`);
    }
  }
  return { ok: true, value: JSON.stringify(input) };
}

function problem(message: string, messageZh: string): ValueResult {
  return { ok: false, message, messageZh };
}

// Household names and ID numbers leave the project masked unless the user explicitly includes them (personal data
// of relocated families: exports go to other departments, contractors and meetings). 张三丰 → 张**, an ID number
// keeps its first 4 and last 4 characters (1301**********1234). Any column named like an ID number is masked, and so
// is any text anywhere that looks like a Chinese ID number.

/** Columns holding a person's name. */
export const NAME_COLUMNS: ReadonlySet<string> = new Set(['household', 'household_head', '户主', '户主姓名', 'hzxm']);
const ID_COLUMN = /(^|_)(id_?(number|no|card)|idcard|sfz|sfzh|sfzhm)($|_)|身份证/i;
const ID_VALUE = /^\d{17}[\dXx]$|^\d{15}$/;

export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return name;
  return chars.length === 1 ? '*' : chars[0] + '*'.repeat(chars.length - 1);
}

export function maskIdNumber(id: string): string {
  const chars = [...id.trim()];
  if (chars.length <= 8) return '*'.repeat(chars.length);
  return chars.slice(0, 4).join('') + '*'.repeat(chars.length - 8) + chars.slice(-4).join('');
}

export interface MaskReport {
  /** Column → how many values were masked. */
  readonly masked: Record<string, number>;
}

/** A copy of the properties with personal values masked; counts go into `report`. */
export function maskProperties(properties: Readonly<Record<string, unknown>>, report: Record<string, number>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    let masked = value;
    if (typeof value === 'string' && value.trim() !== '') {
      if (NAME_COLUMNS.has(key.toLowerCase()) || NAME_COLUMNS.has(key)) masked = maskName(value);
      else if (ID_COLUMN.test(key) || ID_VALUE.test(value.trim())) masked = maskIdNumber(value);
    } else if (typeof value === 'number' && ID_COLUMN.test(key)) masked = maskIdNumber(String(value));
    if (masked !== value) report[key] = (report[key] ?? 0) + 1;
    out[key] = masked;
  }
  return out;
}

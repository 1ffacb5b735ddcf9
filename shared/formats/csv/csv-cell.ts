// One CSV cell as Landlink writes it everywhere: quoted when it holds a separator, a quote, a line break or edge
// spaces, and neutralised when it is text that a spreadsheet would run as a formula. Following OWASP's advice on
// CSV injection, text starting with = + - @ tab or CR gets a leading apostrophe, so `=HYPERLINK(...)` or
// `=cmd|' /C calc'!A0` imported from a county's CSV opens in Excel or LibreOffice as the text it is. Numbers are
// numbers (a negative coordinate stays -12.5); only text is neutralised.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value !== 'number' && typeof value !== 'bigint' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

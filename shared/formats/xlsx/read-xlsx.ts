// XLSX sheets of points or corner points (exceljs reads the workbook; it runs in Node and, as its browser build,
// in a worker). Cells keep their types: numbers stay numbers, text stays text (codes such as 0103 are text cells),
// dates become YYYY-MM-DD, formulas give their cached result. Then shared/formats/table.
import ExcelJS from 'exceljs';
import { FormatReadError } from '../read-error';
import type { CellValue } from '../table/cell-value';
import { tableToLayer, type TableLayer, type TableReadOptions } from '../table/table-to-layer';

export interface XlsxReadOptions extends TableReadOptions {
  /** Sheet name; by default the first sheet that has coordinate columns. */
  readonly sheet?: string;
}

function plainCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return plainCell(v.result);
    if (typeof v.text === 'string') return v.text;
    if (v.error !== undefined) return null;
  }
  return String(value);
}

function sheetRows(sheet: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values: CellValue[] = [];
    for (let c = 1; c <= row.cellCount; c++) values.push(plainCell(row.getCell(c).value));
    rows[rowNumber - 1] = values;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

/** Names of the sheets of a workbook. */
export async function xlsxSheetNames(bytes: Uint8Array): Promise<string[]> {
  return (await loadWorkbook(bytes, 'the workbook')).worksheets.map((s) => s.name);
}

async function loadWorkbook(bytes: Uint8Array, name: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    throw new FormatReadError(`${name} is not a readable Excel .xlsx workbook (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); save it again as .xlsx (an old .xls must be saved as .xlsx first).`, `${name} 不是可读取的 Excel .xlsx 工作簿；请重新另存为 .xlsx（旧版 .xls 需先另存为 .xlsx）。`);
  }
  return workbook;
}

export async function readXlsx(bytes: Uint8Array, name = 'table.xlsx', options: XlsxReadOptions = {}): Promise<TableLayer & { sheets: string[] }> {
  if (bytes.byteLength === 0) throw new FormatReadError(`${name} is empty.`, `${name} 是空文件。`);
  const workbook = await loadWorkbook(bytes, name);
  const sheets = workbook.worksheets.map((s) => s.name);
  const base = name.replace(/\.[^.]+$/, '');
  if (options.sheet !== undefined) {
    const sheet = workbook.worksheets.find((s) => s.name === options.sheet);
    if (!sheet) throw new FormatReadError(`${name} has no sheet "${options.sheet}"; its sheets are: ${sheets.join(', ')}.`, `${name} 中没有工作表“${options.sheet}”；现有工作表：${sheets.join('、')}。`);
    return { ...tableToLayer(`${base}/${sheet.name}`, sheetRows(sheet), options), sheets };
  }
  let firstError: unknown;
  for (const sheet of workbook.worksheets) {
    try {
      const layer = tableToLayer(sheets.length > 1 ? `${base}/${sheet.name}` : base, sheetRows(sheet), options);
      return { ...layer, sheets };
    } catch (error) {
      firstError ??= error;
    }
  }
  if (firstError) throw firstError;
  throw new FormatReadError(`${name} has no sheets.`, `${name} 中没有工作表。`);
}

// Small helpers for writing a workbook whose formulas carry Landlink's values as their cached results: Excel and
// LibreOffice show the values at once and recalculate from the formulas when an input changes.
import type ExcelJS from 'exceljs';
import { parseIsoDate } from '../calendar-date';

export type CachedValue = number | string | Date | null;

/** A formula cell with its cached result (what Landlink computed). */
export function formulaCell(sheet: ExcelJS.Worksheet, ref: string, formula: string, result: CachedValue, numFmt?: string): void {
  const cell = sheet.getCell(ref);
  cell.value = { formula, result: result ?? '' } as ExcelJS.CellFormulaValue;
  if (numFmt) cell.numFmt = numFmt;
}

export function valueCell(sheet: ExcelJS.Worksheet, ref: string, value: CachedValue, numFmt?: string): void {
  const cell = sheet.getCell(ref);
  cell.value = value;
  if (numFmt) cell.numFmt = numFmt;
}

/** A calendar date as the UTC midnight exceljs writes as a date serial (no time zone shifts the day). */
export function excelDate(iso: string): Date {
  const d = parseIsoDate(iso)!;
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

/** Sheet name quoted for a formula: 'Sheet name'!A1. */
export function sheetRef(name: string, ref: string): string {
  return `'${name.replace(/'/g, "''")}'!${ref}`;
}

export const YUAN = '#,##0.00';
export const RATE = '0.0000%';
export const MU = '#,##0.00';
export const DATE = 'yyyy-mm-dd';

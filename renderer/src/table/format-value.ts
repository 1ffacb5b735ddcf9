// How numbers and values read in the attribute table and forms (DOMAIN.md, "Units"): mu with 2 decimals, hectares
// with 4, square metres with 2; thousands grouped; enum codes shown by their label in the UI language.
import { ENUMS, type EnumName } from '../../../shared/domain/enums';
import type { Label } from '../../../shared/domain/schema-types';

export type UiLanguage = 'zh' | 'en';

const groupedFixed = new Map<number, Intl.NumberFormat>();

/** `1234.5` → `1,234.50` with a fixed number of decimals (formatters cached: the grid formats thousands of cells). */
export function formatFixed(value: number, decimals: number): string {
  let format = groupedFixed.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    groupedFixed.set(decimals, format);
  }
  return format.format(value);
}

const plainNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** A number without a fixed unit (counts, rates): grouped, at most 6 decimals. */
export function formatPlainNumber(value: number): string {
  return plainNumber.format(value);
}

export function enumValueLabel(enumName: EnumName, value: string, language: UiLanguage): string {
  const labels = ENUMS[enumName] as Record<string, Label>;
  return labels[value]?.[language] ?? value;
}

// Labels of tables, columns and enum values in Chinese (the default) and English, read from the schema itself.
import { ENUMS, type EnumName } from './enums';
import type { Label } from './schema-types';
import { findTableSchema } from './tables/index';

export type Language = 'zh' | 'en';

export function tableLabel(table: string, language: Language = 'zh'): string {
  return findTableSchema(table)?.label[language] ?? table;
}

export function columnLabel(table: string, column: string, language: Language = 'zh'): string {
  if (column === 'fid' || column === 'id') return language === 'zh' ? '要素号' : 'Feature id';
  return findTableSchema(table)?.columns.find((c) => c.name === column)?.label[language] ?? column;
}

export function enumLabel(enumName: EnumName, value: string, language: Language = 'zh'): string {
  const labels = ENUMS[enumName] as Record<string, Label>;
  return labels[value]?.[language] ?? value;
}

/** Label of a stored value of `table.column` if that column is an enum; the value itself otherwise. */
export function valueLabel(table: string, column: string, value: string, language: Language = 'zh'): string {
  const schema = findTableSchema(table)?.columns.find((c) => c.name === column);
  return schema?.enum ? enumLabel(schema.enum, value, language) : value;
}

// CREATE TABLE statements generated from the schema, with GeoPackage column types (TEXT, INTEGER, DOUBLE, BOOLEAN,
// DATE, DATETIME, BLOB and the geometry type name) so GDAL and QGIS map every column to the right field type.
import { quoteIdentifier } from '../gpkg/sql-identifier';
import { GEOMETRY_COLUMN, type ColumnKind, type ColumnSchema, type TableSchema } from './schema-types';

const SQL_TYPE: Record<ColumnKind, string> = {
  text: 'TEXT',
  code: 'TEXT',
  enum: 'TEXT',
  json: 'TEXT',
  integer: 'INTEGER',
  real: 'DOUBLE',
  boolean: 'BOOLEAN',
  date: 'DATE',
  datetime: 'DATETIME',
  blob: 'BLOB',
};

export function columnDefinition(column: ColumnSchema): string {
  return [quoteIdentifier(column.name), SQL_TYPE[column.kind], column.required ? 'NOT NULL' : '', column.unique ? 'UNIQUE' : '']
    .filter(Boolean)
    .join(' ');
}

/** Column definition for ALTER TABLE ADD COLUMN, which cannot add NOT NULL without a default nor UNIQUE. */
export function addableColumnDefinition(column: ColumnSchema): string {
  return `${quoteIdentifier(column.name)} ${SQL_TYPE[column.kind]}`;
}

export function createTableSql(table: TableSchema): string {
  const parts = [`${quoteIdentifier(table.primaryKey)} INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL`];
  if (table.kind === 'features') parts.push(`${quoteIdentifier(GEOMETRY_COLUMN)} ${table.geometryType ?? 'GEOMETRY'}`);
  for (const column of table.columns) parts.push(columnDefinition(column));
  return `CREATE TABLE IF NOT EXISTS ${quoteIdentifier(table.name)} (${parts.join(', ')})`;
}

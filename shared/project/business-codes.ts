// Business codes for rows that arrive without one: `<prefix>-<number>`, continuing after the highest number already
// used with that prefix, so codes stay unique and readable (FK-000001, FK-000002 …).
import type { Database } from 'sql.js';
import { quoteIdentifier } from '../gpkg/sql-identifier';
import type { TableSchema } from '../domain/schema-types';
import { queryRows } from './sql-rows';

export function codeGenerator(db: Database, table: TableSchema): () => string {
  const prefix = table.codePrefix ?? table.name.toUpperCase();
  let next = 1;
  const rows = queryRows(db, `SELECT code FROM ${quoteIdentifier(table.name)} WHERE code LIKE ?`, [`${prefix}-%`]);
  for (const row of rows) {
    const number = Number(String(row.code).slice(prefix.length + 1));
    if (Number.isInteger(number) && number >= next) next = number + 1;
  }
  return () => `${prefix}-${String(next++).padStart(6, '0')}`;
}

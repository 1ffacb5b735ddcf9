// Business codes for rows that arrive without one: `<prefix>-<number>`, continuing after the highest number already
// used with that prefix, so codes stay unique and readable (FK-000001, FK-000002 …).
import type { Database } from 'sql.js';
import { quoteIdentifier } from '../gpkg/sql-identifier';
import type { TableSchema } from '../domain/schema-types';
import { queryRows } from './sql-rows';

/** landlink_meta key holding `{prefix: highest number used in the source project}` (written by field packages). */
export const CODE_FLOORS_KEY = 'code_floors';

function codeFloors(db: Database): Record<string, unknown> {
  try {
    const value = queryRows(db, "SELECT value FROM landlink_meta WHERE key = ?", [CODE_FLOORS_KEY])[0]?.value;
    return typeof value === 'string' ? (JSON.parse(value) as Record<string, unknown>) : {};
  } catch {
    return {}; // no landlink_meta (a foreign GeoPackage) or an unreadable value: no floor
  }
}

export function codeGenerator(db: Database, table: TableSchema): () => string {
  const prefix = table.codePrefix ?? table.name.toUpperCase();
  let next = 1;
  const rows = queryRows(db, `SELECT code FROM ${quoteIdentifier(table.name)} WHERE code LIKE ?`, [`${prefix}-%`]);
  for (const row of rows) {
    const number = Number(String(row.code).slice(prefix.length + 1));
    if (Number.isInteger(number) && number >= next) next = number + 1;
  }
  // A field package holds part of a project: its new rows continue after the whole project's codes (the floor its
  // export recorded), so they do not collide with rows of other villages when merged back.
  const floor = codeFloors(db)[prefix];
  if (typeof floor === 'number' && Number.isInteger(floor) && floor >= next) next = floor + 1;
  return () => `${prefix}-${String(next++).padStart(6, '0')}`;
}

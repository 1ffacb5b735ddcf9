// Triggers written by other GeoPackage tools may call SQL functions that only those tools register (ST_IsEmpty,
// ST_MinX… for the R*Tree index, ST_GeometryType and GPKG_IsAssignable for the old geometry-type triggers).
// sql.js has none of them, so any write that fires such a trigger fails with "no such function". Landlink drops
// those triggers on open; the caller records what was dropped.
import type { Database } from 'sql.js';
import { quoteIdentifier } from './sql-identifier';

const TOOL_FUNCTION_CALL = /\b(ST_[A-Za-z]+|GPKG_[A-Za-z]+)\s*\(/;

export function findToolFunctionTriggers(db: Database): string[] {
  const rows = db.exec("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")[0]?.values ?? [];
  return rows.filter(([, sql]) => TOOL_FUNCTION_CALL.test(String(sql ?? ''))).map(([name]) => String(name));
}

export function dropToolFunctionTriggers(db: Database): string[] {
  const names = findToolFunctionTriggers(db);
  for (const name of names) db.exec(`DROP TRIGGER IF EXISTS ${quoteIdentifier(name)}`);
  return names;
}

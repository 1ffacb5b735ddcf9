// Code stored in a file must not run in Landlink. Two kinds are handled on open:
// - Triggers written by other GeoPackage tools that call SQL functions only those tools register (ST_IsEmpty,
//   ST_MinX… for the R*Tree index, ST_GeometryType and GPKG_IsAssignable for the old geometry-type triggers): sql.js
//   has none of them, so any write that fires one would fail; they are dropped and the caller records it.
// - Every other trigger and view that neither the GeoPackage standard nor GDAL's feature-count bookkeeping
//   accounts for: a trigger planted with sqlite3 could rewrite the ledger on the next import, a view over an
//   endless recursive query would hang every count. They are removed from the open database (so none runs) and
//   listed; the caller refuses to save until the user has removed them from the file.
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

export interface ForeignSchemaObject {
  readonly type: 'trigger' | 'view';
  readonly name: string;
  /** The table a trigger fires on, or the view itself. */
  readonly table: string;
  readonly sql: string;
}

/** Whitespace folded and string literals emptied, so keywords inside messages do not count. */
function normalise(sql: string): string {
  return sql.replace(/'(?:[^']|'')*'/g, "''").replace(/\s+/g, ' ').trim();
}

// GDAL keeps gpkg_ogr_contents.feature_count up to date with exactly these two bodies.
const FEATURE_COUNT_TRIGGER = /^CREATE TRIGGER "?trigger_(insert|delete)_feature_count_[^"]+"? AFTER (INSERT|DELETE) ON "?[^"]+"? BEGIN UPDATE gpkg_ogr_contents SET feature_count = feature_count [+-] 1 WHERE lower\(table_name\) = lower\(''\); END$/i;
// The GeoPackage standard's constraint triggers on its own tables only raise an error; they change nothing.
const STANDARD_CONSTRAINT_TRIGGER = /^gpkg_(tile_matrix|metadata|metadata_reference|data_columns|extensions)_[a-z0-9_]+$/i;
const CHANGES_DATA = /\b(INSERT|UPDATE|DELETE|REPLACE|WITH|DROP|CREATE|ALTER|ATTACH|PRAGMA)\b/i;

function isRecognisedTrigger(name: string, table: string, sql: string): boolean {
  const body = normalise(sql);
  if (FEATURE_COUNT_TRIGGER.test(body)) return true;
  if (STANDARD_CONSTRAINT_TRIGGER.test(name) && /^gpkg_/i.test(table)) {
    const afterBegin = body.replace(/^.*?\bBEGIN\b/i, '');
    return /^\s*SELECT RAISE\s*\(\s*ABORT/i.test(afterBegin) && !CHANGES_DATA.test(afterBegin);
  }
  return false;
}

export function findForeignSchemaObjects(db: Database): ForeignSchemaObject[] {
  const rows = db.exec("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY type, name")[0]?.values ?? [];
  const found: ForeignSchemaObject[] = [];
  for (const [type, name, table, sql] of rows) {
    const object = { type: String(type) as 'trigger' | 'view', name: String(name), table: String(table), sql: String(sql ?? '') };
    if (object.type === 'trigger' && isRecognisedTrigger(object.name, object.table, object.sql)) continue;
    found.push(object);
  }
  return found;
}

/** Removes them from this open database only; the file keeps them until the user removes them. */
export function disarmForeignSchemaObjects(db: Database): ForeignSchemaObject[] {
  const found = findForeignSchemaObjects(db);
  for (const object of found) db.exec(`DROP ${object.type === 'trigger' ? 'TRIGGER' : 'VIEW'} IF EXISTS ${quoteIdentifier(object.name)}`);
  return found;
}

/** The statements that remove them from the file, for the user to run with sqlite3 (or QGIS's DB Manager). */
export function removalSql(objects: readonly ForeignSchemaObject[]): string {
  const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
  return objects
    .map((object) =>
      object.type === 'trigger'
        ? `DROP TRIGGER ${quoteIdentifier(object.name)};`
        : `DROP VIEW ${quoteIdentifier(object.name)}; DELETE FROM gpkg_geometry_columns WHERE table_name = ${quote(object.name)}; DELETE FROM gpkg_contents WHERE table_name = ${quote(object.name)};`,
    )
    .join(' ');
}

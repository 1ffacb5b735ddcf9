// Which rows a transaction changed, whatever code wrote them: temporary triggers (TEMP, so never saved in the file
// and never seen by QGIS or GDAL) log every insert, update and delete on the project's tables, with a copy of each
// row as it was before its first change. At the end the log is folded per row: its first state against its state
// now. sql.js reopens the connection when it exports the file, which drops every TEMP object, so the triggers are
// installed again whenever they are missing or the schema changed.
import type { Database, SqlValue } from 'sql.js';
import { quoteIdentifier } from '../gpkg/sql-identifier';
import { queryRows, queryScalar } from '../project/sql-rows';
import type { RowValues } from './change-set';

const LOG = 'landlink_change_log';
/** Tables whose rows are not the project's data: SQLite's and the GeoPackage's own bookkeeping. */
const SYSTEM_TABLE = /^(sqlite_|gpkg_|rtree_|gpkgext_)/i;

/** One row's state before and after the transaction, whole. */
export interface CapturedRow {
  readonly table: string;
  readonly rowid: number;
  readonly before: RowValues | null;
  readonly after: RowValues | null;
}

interface Installed {
  readonly schemaVersion: number;
  /** Table → the TEMP table holding its rows' first states, and its columns. */
  readonly tables: ReadonlyMap<string, { readonly shadow: string; readonly columns: readonly string[] }>;
}

const installedByDb = new WeakMap<Database, Installed>();

/** Makes sure the triggers are in place for the current schema, and the log is empty. */
export function startCapture(db: Database): void {
  const installed = ensureInstalled(db);
  db.exec(`DELETE FROM temp.${LOG}`);
  for (const { shadow } of installed.tables.values()) db.exec(`DELETE FROM temp.${shadow}`);
}

/** The rows changed since startCapture, in the order they were first touched; the log is emptied. */
export function takeCapturedRows(db: Database): CapturedRow[] {
  const installed = installedByDb.get(db);
  if (!installed) return [];
  const log = queryRows(db, `SELECT seq, tbl, op, rid FROM temp.${LOG} ORDER BY seq`);
  if (log.length === 0) return [];
  // First touch of each row: its op tells whether the row existed before (update/delete) or not (insert).
  const first = new Map<string, { table: string; rowid: number; seq: number; existed: boolean }>();
  for (const entry of log) {
    const key = `${String(entry.tbl)}\u0000${Number(entry.rid)}`;
    if (!first.has(key)) first.set(key, { table: String(entry.tbl), rowid: Number(entry.rid), seq: Number(entry.seq), existed: entry.op !== 'i' });
  }
  const byTable = new Map<string, { rowid: number; seq: number; existed: boolean }[]>();
  for (const touch of first.values()) {
    let list = byTable.get(touch.table);
    if (!list) byTable.set(touch.table, (list = []));
    list.push(touch);
  }
  const result: CapturedRow[] = [];
  const order = new Map<CapturedRow, number>();
  for (const [table, touches] of byTable) {
    const shape = installed.tables.get(table);
    if (!shape) continue;
    const beforeBySeq = readShadow(db, shape.shadow, touches.filter((t) => t.existed).map((t) => t.seq));
    const afterByRowid = readCurrent(db, table, touches.map((t) => t.rowid));
    for (const touch of touches) {
      const before = touch.existed ? (beforeBySeq.get(touch.seq) ?? null) : null;
      const after = afterByRowid.get(touch.rowid) ?? null;
      if (!before && !after) continue; // inserted and deleted again
      const row: CapturedRow = { table, rowid: touch.rowid, before, after };
      order.set(row, touch.seq);
      result.push(row);
    }
  }
  result.sort((a, b) => order.get(a)! - order.get(b)!);
  db.exec(`DELETE FROM temp.${LOG}`);
  for (const { shadow } of installed.tables.values()) db.exec(`DELETE FROM temp.${shadow}`);
  return result;
}

function ensureInstalled(db: Database): Installed {
  const schemaVersion = Number(queryScalar(db, 'PRAGMA main.schema_version') ?? 0);
  const current = installedByDb.get(db);
  const present = queryScalar(db, `SELECT count(*) FROM temp.sqlite_master WHERE name = '${LOG}'`) === 1;
  if (current && present && current.schemaVersion === schemaVersion) return current;
  if (current && present) dropAll(db, current);
  const tables = new Map<string, { shadow: string; columns: string[] }>();
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS ${LOG} (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, op TEXT NOT NULL, rid INTEGER NOT NULL)`);
  const names = queryRows(db, "SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").map((r) => String(r.name));
  let index = 0;
  for (const table of names) {
    if (SYSTEM_TABLE.test(table)) continue;
    const columns = queryRows(db, 'SELECT name FROM pragma_table_info(?)', [table]).map((r) => String(r.name));
    if (columns.length === 0) continue;
    const shadow = `landlink_before_${index++}`;
    const t = quoteIdentifier(table);
    const literal = `'${table.replace(/'/g, "''")}'`;
    db.exec(`DROP TABLE IF EXISTS temp.${shadow}`);
    db.exec(`CREATE TEMP TABLE ${shadow} AS SELECT *, 0 AS landlink_seq FROM main.${t} WHERE 0`);
    const oldValues = columns.map((c) => `OLD.${quoteIdentifier(c)}`).join(', ');
    const copyOld = `INSERT INTO temp.${shadow} VALUES (${oldValues}, last_insert_rowid());`;
    db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS ${shadow}_i AFTER INSERT ON main.${t} BEGIN INSERT INTO ${LOG} (tbl, op, rid) VALUES (${literal}, 'i', NEW.rowid); END`);
    db.exec(
      `CREATE TEMP TRIGGER IF NOT EXISTS ${shadow}_u AFTER UPDATE ON main.${t} BEGIN ` +
        `INSERT INTO ${LOG} (tbl, op, rid) VALUES (${literal}, 'u', OLD.rowid); ${copyOld} ` +
        // A change of the row id itself: the new id is a row that did not exist before.
        `INSERT INTO ${LOG} (tbl, op, rid) SELECT ${literal}, 'i', NEW.rowid WHERE NEW.rowid <> OLD.rowid; END`,
    );
    db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS ${shadow}_d AFTER DELETE ON main.${t} BEGIN INSERT INTO ${LOG} (tbl, op, rid) VALUES (${literal}, 'd', OLD.rowid); ${copyOld} END`);
    tables.set(table, { shadow, columns });
  }
  const installed: Installed = { schemaVersion: Number(queryScalar(db, 'PRAGMA main.schema_version') ?? 0), tables };
  installedByDb.set(db, installed);
  return installed;
}

function dropAll(db: Database, installed: Installed): void {
  for (const { shadow } of installed.tables.values()) {
    for (const kind of ['i', 'u', 'd']) db.exec(`DROP TRIGGER IF EXISTS temp.${shadow}_${kind}`);
    db.exec(`DROP TABLE IF EXISTS temp.${shadow}`);
  }
  db.exec(`DROP TABLE IF EXISTS temp.${LOG}`);
}

const CHUNK = 500;

function readShadow(db: Database, shadow: string, seqs: readonly number[]): Map<number, RowValues> {
  const rows = new Map<number, RowValues>();
  for (let i = 0; i < seqs.length; i += CHUNK) {
    const chunk = seqs.slice(i, i + CHUNK);
    for (const row of queryRows(db, `SELECT * FROM temp.${shadow} WHERE landlink_seq IN (${chunk.map(() => '?').join(',')})`, chunk)) {
      const seq = Number(row.landlink_seq);
      delete row.landlink_seq;
      rows.set(seq, row as Record<string, SqlValue> as RowValues);
    }
  }
  return rows;
}

function readCurrent(db: Database, table: string, rowids: readonly number[]): Map<number, RowValues> {
  const rows = new Map<number, RowValues>();
  const t = quoteIdentifier(table);
  for (let i = 0; i < rowids.length; i += CHUNK) {
    const chunk = rowids.slice(i, i + CHUNK);
    for (const row of queryRows(db, `SELECT rowid AS landlink_rowid, * FROM main.${t} WHERE rowid IN (${chunk.map(() => '?').join(',')})`, chunk)) {
      const rowid = Number(row.landlink_rowid);
      delete row.landlink_rowid;
      rows.set(rowid, row as Record<string, SqlValue> as RowValues);
    }
  }
  return rows;
}

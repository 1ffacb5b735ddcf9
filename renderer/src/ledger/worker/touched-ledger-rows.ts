// What one change did to the ledger's map rows, without reading every parcel: temporary triggers (TEMP, so never
// saved in the file and never seen by QGIS) log each parcel or construction plot the change inserts, updates or
// deletes, with its values before and after; everything else of the involved projects is summed by SQL into one
// stand-in row per project and table. The result is two small LedgerRows (before / after) that give the same
// project tallies the whole file would, so the ledger's rules can check the change at county scale.
import type { Database, SqlValue } from 'sql.js';
import type { ConstructionPlotRow, LedgerRows, ParcelRow, QuotaSaleRow } from '../../../../shared/ledger/ledger-rows';
import { QUOTA_PRODUCING_STATUSES } from '../../../../shared/domain/enums';
import { queryRows } from '../../../../shared/project/sql-rows';
import { areaOf } from '../../../../shared/ledger/read-ledger-rows';

const LOG = 'temp.landlink_ledger_touched';
const TABLES = [
  { table: 'reclaim_parcels', status: 'status' },
  { table: 'construction_plots', status: 'NULL' },
] as const;
const KEY_COLUMNS = (row: 'old' | 'new', status: string) =>
  `${row}.code, ${row}.project_code, ${status === 'NULL' ? 'NULL' : `${row}.${status}`}, ${row}.area_m2, CASE WHEN ${row}.area_m2 IS NULL THEN ${row}.geom END`;

/** Starts logging changes of parcels and plots (call inside the savepoint that the change runs in). */
export function startTouchLog(db: Database): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS landlink_ledger_touched (tbl TEXT, side TEXT, code TEXT, project_code TEXT, status TEXT, area_m2 REAL, geom BLOB)`);
  for (const { table, status } of TABLES) {
    const insert = (side: 'old' | 'new') => `INSERT INTO landlink_ledger_touched VALUES ('${table}', '${side}', ${KEY_COLUMNS(side, status)});`;
    db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS landlink_touch_${table}_i AFTER INSERT ON main.${table} BEGIN ${insert('new')} END`);
    db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS landlink_touch_${table}_u AFTER UPDATE ON main.${table} BEGIN ${insert('old')} ${insert('new')} END`);
    db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS landlink_touch_${table}_d AFTER DELETE ON main.${table} BEGIN ${insert('old')} END`);
  }
}

/** Removes the temporary triggers and log (after a rollback they are gone already; this makes sure). */
export function stopTouchLog(db: Database): void {
  for (const { table } of TABLES) for (const kind of ['i', 'u', 'd']) db.exec(`DROP TRIGGER IF EXISTS temp.landlink_touch_${table}_${kind}`);
  db.exec('DROP TABLE IF EXISTS temp.landlink_ledger_touched');
}

type MapRows = Pick<LedgerRows, 'projects' | 'parcels' | 'plots' | 'sales' | 'payments'>;

/** The ledger rows before and after the logged change: touched rows themselves, the rest summed per project. */
export function touchedLedgerRows(db: Database): { before: MapRows; after: MapRows } | null {
  const log = queryRows(db, `SELECT tbl, side, code, project_code, status, area_m2, geom FROM ${LOG} ORDER BY rowid`);
  if (log.length === 0) return null;
  const before = { reclaim_parcels: new Map<string, ParcelRow>(), construction_plots: new Map<string, ParcelRow>() };
  const touched = { reclaim_parcels: new Set<string>(), construction_plots: new Set<string>() };
  for (const entry of log) {
    const tbl = entry.tbl as keyof typeof touched;
    const code = String(entry.code ?? '');
    // The first entry of a code tells how it stood before: an 'old' one, or a 'new' one when it was inserted now.
    if (!touched[tbl].has(code) && entry.side === 'old') before[tbl].set(code, rowOf(entry));
    touched[tbl].add(code);
  }
  const after = { reclaim_parcels: new Map<string, ParcelRow>(), construction_plots: new Map<string, ParcelRow>() };
  for (const { table, status } of TABLES) {
    const codes = [...touched[table]];
    for (let i = 0; i < codes.length; i += 500) {
      const chunk = codes.slice(i, i + 500);
      const sql = `SELECT code, project_code, ${status} AS status, area_m2, CASE WHEN area_m2 IS NULL THEN geom END AS geom FROM main.${table} WHERE code IN (${chunk.map(() => '?').join(',')})`;
      for (const row of queryRows(db, sql, chunk)) after[table].set(String(row.code), rowOf(row));
    }
  }
  const projects = new Set<string>();
  for (const map of [...Object.values(before), ...Object.values(after)]) for (const row of map.values()) if (row.project_code) projects.add(row.project_code);
  const involved = [...projects];
  const others = standIns(db, involved, touched);
  const sales = involved.length
    ? queryRows(db, `SELECT code, project_code, buyer, mu, contract_date FROM quota_transactions WHERE project_code IN (${involved.map(() => '?').join(',')})`, involved).map(
        (r): QuotaSaleRow => ({ code: String(r.code), project_code: String(r.project_code), scope: 'intra_province', buyer: r.buyer === null ? null : String(r.buyer), quality: null, mu: Number(r.mu ?? 0), unit_price_yuan: null, contract_date: r.contract_date === null ? null : String(r.contract_date) }),
      )
    : [];
  const projectRows = involved.map((code) => ({ code, name: null }));
  const plots = (map: Map<string, ParcelRow>): ConstructionPlotRow[] => [...map.values()].map(({ code, project_code, area_m2 }) => ({ code, project_code, area_m2 }));
  return {
    before: { projects: projectRows, parcels: [...others.parcels, ...before.reclaim_parcels.values()], plots: [...others.plots, ...plots(before.construction_plots)], sales, payments: [] },
    after: { projects: projectRows, parcels: [...others.parcels, ...after.reclaim_parcels.values()], plots: [...others.plots, ...plots(after.construction_plots)], sales, payments: [] },
  };
}

/** One row per involved project and table with the summed area of every row the change did not touch. */
function standIns(db: Database, projects: readonly string[], touched: Record<'reclaim_parcels' | 'construction_plots', Set<string>>): { parcels: ParcelRow[]; plots: ConstructionPlotRow[] } {
  if (projects.length === 0) return { parcels: [], plots: [] };
  const sum = (table: string, extra: string): Map<string, number> => {
    const skip = [...touched[table as keyof typeof touched]];
    // Touched codes are few; large edits (thousands of parcels) are filtered in JS instead of a huge NOT IN.
    const sql = `SELECT project_code, code, area_m2, CASE WHEN area_m2 IS NULL THEN geom END AS geom FROM main.${table} WHERE project_code IN (${projects.map(() => '?').join(',')})${extra}`;
    const totals = new Map<string, number>();
    if (skip.length <= 500) {
      const grouped = `SELECT project_code, sum(area_m2) AS area, sum(CASE WHEN area_m2 IS NULL THEN 1 ELSE 0 END) AS missing FROM main.${table} WHERE project_code IN (${projects.map(() => '?').join(',')})${extra} AND code NOT IN (${skip.map(() => '?').join(',') || "''"}) GROUP BY project_code`;
      const rows = queryRows(db, grouped, [...projects, ...skip]);
      if (rows.every((r) => Number(r.missing) === 0)) {
        for (const r of rows) totals.set(String(r.project_code), Number(r.area ?? 0));
        return totals;
      }
      totals.clear();
    }
    const skipSet = new Set(skip);
    for (const r of queryRows(db, sql, [...projects])) {
      if (skipSet.has(String(r.code))) continue;
      totals.set(String(r.project_code), (totals.get(String(r.project_code)) ?? 0) + areaOf(r));
    }
    return totals;
  };
  const accepted = sum('reclaim_parcels', ` AND status IN (${QUOTA_PRODUCING_STATUSES.map((s) => `'${s}'`).join(',')})`);
  const construction = sum('construction_plots', '');
  return {
    parcels: [...accepted].map(([project, area]) => ({ code: `\u0000others:${project}`, project_code: project, status: 'accepted', area_m2: area })),
    plots: [...construction].map(([project, area]) => ({ code: `\u0000others:${project}`, project_code: project, area_m2: area })),
  };
}

function rowOf(row: Record<string, SqlValue>): ParcelRow {
  return { code: String(row.code ?? ''), project_code: row.project_code === null || row.project_code === '' ? null : String(row.project_code), status: String(row.status ?? ''), area_m2: areaOf(row) };
}

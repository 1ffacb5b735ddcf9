// The ledger's guard on every transaction: what the change did to parcels and construction plots is checked by the
// ledger's rules (checkLedgerEdits) on the projects it involves, so that sold quota never silently exceeds surplus.
// Areas come from geometry. Everything of an involved project that the change did not touch is summed into one
// stand-in row per project and table, so one parcel's edit costs its project's rows, not the county's.
import type { Database } from 'sql.js';
import { QUOTA_PRODUCING_STATUSES } from '../domain/enums';
import { checkLedgerEdits } from '../ledger/check-ledger-edits';
import type { LedgerIssue } from '../ledger/ledger-issue';
import type { ConstructionPlotRow, LedgerRows, ParcelRow } from '../ledger/ledger-rows';
import { ledgerRowsDiff } from '../ledger/ledger-rows-diff';
import { QuotaLedger } from '../ledger/quota-ledger';
import { unitsToSquareMetres } from '../ledger/area-units';
import { queryRows } from '../project/sql-rows';
import { readSaleRows } from '../ledger/read-ledger-rows';
import { tableExists } from '../gpkg/core-tables';
import type { RowValues } from './change-set';
import type { CapturedRow } from './capture-changes';
import { areaUnitsOfBlob, RowAreaCache } from './row-areas';

const PARCELS = 'reclaim_parcels';
const PLOTS = 'construction_plots';
const PRODUCING = new Set<string>(QUOTA_PRODUCING_STATUSES);

type MapRows = Pick<LedgerRows, 'projects' | 'parcels' | 'plots' | 'sales' | 'payments'>;

/** The warnings (sales broken) of a transaction's changes; empty when it cannot shrink any surplus. */
export function ledgerWarningsOf(db: Database, captured: readonly CapturedRow[], cache = new RowAreaCache()): LedgerIssue[] {
  const touched = captured.filter((row) => row.table === PARCELS || row.table === PLOTS);
  // Only a change that can take surplus away is checked: new parcels only add to it, and an edit that keeps a row's
  // project, its shape and whether it produces quota (most edits: a remark, planned → in progress) moves nothing.
  if (!touched.some(mayShrinkSurplus)) return [];
  const rowsOf = (side: 'before' | 'after') => {
    const parcels: ParcelRow[] = [];
    const plots: ConstructionPlotRow[] = [];
    for (const row of touched) {
      const values = row[side];
      if (!values) continue;
      const base = { code: text(values.code) ?? `#${row.rowid}`, project_code: text(values.project_code), area_m2: unitsToSquareMetres(areaUnitsOfBlob(values.geom)) };
      if (row.table === PARCELS) parcels.push({ ...base, status: text(values.status) ?? '' });
      else plots.push(base);
    }
    return { parcels, plots };
  };
  const before = rowsOf('before');
  const after = rowsOf('after');
  const projects = new Set<string>();
  for (const list of [before.parcels, before.plots, after.parcels, after.plots]) for (const row of list) if (row.project_code) projects.add(row.project_code);
  // Without sales (or a ledger at all, as in a field package) no sale can break.
  if (projects.size === 0 || !tableExists(db, 'quota_transactions')) return [];
  const involved = [...projects];
  const touchedIds = { [PARCELS]: new Set<number>(), [PLOTS]: new Set<number>() } as Record<string, Set<number>>;
  for (const row of touched) touchedIds[row.table]!.add(row.rowid);
  const others = standIns(db, involved, touchedIds, cache);
  const sales = readSaleRows(db).filter((sale) => projects.has(sale.project_code));
  const projectRows = involved.map((code) => ({ code, name: null }));
  const state = (rows: { parcels: ParcelRow[]; plots: ConstructionPlotRow[] }): MapRows => ({
    projects: projectRows,
    parcels: [...others.parcels, ...rows.parcels],
    plots: [...others.plots, ...rows.plots],
    sales,
    payments: [],
  });
  const beforeRows = state(before);
  const afterRows = state(after);
  // Errors (a status the ledger does not know) are the value checks' to refuse; the guard asks about warnings.
  return checkLedgerEdits(new QuotaLedger(beforeRows), ledgerRowsDiff(beforeRows, afterRows)).filter((issue) => issue.severity === 'warning');
}

function standIns(db: Database, projects: readonly string[], touched: Record<string, Set<number>>, cache: RowAreaCache): { parcels: ParcelRow[]; plots: ConstructionPlotRow[] } {
  const placeholders = projects.map(() => '?').join(',');
  const sum = (table: string, statusColumn: string | null): Map<string, number> => {
    const rows = queryRows(db, `SELECT rowid AS rid, project_code${statusColumn ? `, ${statusColumn} AS status` : ''} FROM main.${table} WHERE project_code IN (${placeholders})`, [...projects]);
    const wanted = rows.filter((r) => !touched[table]!.has(Number(r.rid)) && (!statusColumn || PRODUCING.has(String(r.status))));
    const missing = wanted.map((r) => Number(r.rid)).filter((rid) => cache.get(table, rid) === undefined);
    for (let i = 0; i < missing.length; i += 500) {
      const chunk = missing.slice(i, i + 500);
      for (const r of queryRows(db, `SELECT rowid AS rid, geom FROM main.${table} WHERE rowid IN (${chunk.map(() => '?').join(',')})`, chunk)) cache.set(table, Number(r.rid), areaUnitsOfBlob(r.geom));
    }
    const totals = new Map<string, number>();
    for (const r of wanted) totals.set(String(r.project_code), (totals.get(String(r.project_code)) ?? 0) + (cache.get(table, Number(r.rid)) ?? 0));
    return totals;
  };
  const accepted = sum(PARCELS, 'status');
  const construction = sum(PLOTS, null);
  return {
    parcels: [...accepted].map(([project, units]) => ({ code: `\u0000others:${project}`, project_code: project, status: 'accepted', area_m2: unitsToSquareMetres(units) })),
    plots: [...construction].map(([project, units]) => ({ code: `\u0000others:${project}`, project_code: project, area_m2: unitsToSquareMetres(units) })),
  };
}

function text(value: RowValues[string] | undefined): string | null {
  return value === null || value === undefined || value === '' ? null : String(value);
}

function mayShrinkSurplus(row: CapturedRow): boolean {
  if (row.table === PLOTS) return !row.before || !row.after || row.before.project_code !== row.after.project_code || !sameBlob(row.before.geom, row.after.geom);
  if (!row.before) return false;
  if (!row.after) return PRODUCING.has(String(row.before.status));
  const was = PRODUCING.has(String(row.before.status));
  const is = PRODUCING.has(String(row.after.status));
  if (was !== is || row.before.project_code !== row.after.project_code) return was;
  return was && !sameBlob(row.before.geom, row.after.geom);
}

function sameBlob(a: RowValues[string] | undefined, b: RowValues[string] | undefined): boolean {
  if (a === b) return true;
  if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// The thin reader: loads the ledger's rows from a project database (sql.js). Everything after this is pure.
// Areas come from the cached ellipsoidal `area_m2`, or from the geometry where the cache is empty.
import type { Database, SqlValue } from 'sql.js';
import { geometryArea } from '../domain/cached-area';
import { tableExists } from '../gpkg/core-tables';
import { decodeGeometryBlob } from '../gpkg/geometry-blob';
import { readMeta } from '../project/project-meta';
import { queryRows } from '../project/sql-rows';
import type { LedgerRows, QuotaQuality, SaleScope } from './ledger-rows';
import { parseLedgerSettings, parseTranchePlan, type LedgerSettings } from './ledger-settings';
import type { TranchePlan } from '../finance/quota-tranches';

export interface ReadLedger {
  readonly rows: LedgerRows;
  readonly settings: LedgerSettings;
}

export function readLedgerRows(db: Database): ReadLedger {
  const parsed = parseLedgerSettings(readMeta(db));
  const rows = (table: string, sql: string) => (tableExists(db, table) ? queryRows(db, sql) : []);
  // Tranche plans live in quota_transactions.tranche_plan and turnover quota in its table (schema 2); a plan that
  // does not parse is left out (the sale then has the default plan) and reported.
  const tranchePlans: Record<string, TranchePlan> = {};
  const problems = [...parsed.problems];
  const saleRows = rows('quota_transactions', 'SELECT * FROM quota_transactions ORDER BY code');
  for (const r of saleRows) {
    if (typeof r.tranche_plan !== 'string' || r.tranche_plan.trim() === '') continue;
    const plan = parseTranchePlan(r.tranche_plan);
    if (plan) tranchePlans[text(r.code)] = plan;
    else problems.push(`the tranche plan of sale ${text(r.code)} (quota_transactions.tranche_plan) is not valid and was ignored; the sale is scheduled in three annual tranches`);
  }
  const turnover = rows('turnover_quota', 'SELECT code, project_code, mu, borrowed_date, returned_date FROM turnover_quota ORDER BY borrowed_date, code').map((r) => ({
    code: text(r.code),
    project_code: text(r.project_code),
    mu: Number(r.mu ?? 0),
    borrowed_date: text(r.borrowed_date),
    returned_date: optionalText(r.returned_date),
  }));
  const settings: LedgerSettings = { ...parsed, tranchePlans, turnover, problems };
  return {
    settings,
    rows: {
      projects: rows('linkage_projects', 'SELECT code, name, approval_date, start_date, end_date FROM linkage_projects ORDER BY code').map((r) => ({
        code: text(r.code),
        name: optionalText(r.name),
        approval_date: optionalText(r.approval_date),
        start_date: optionalText(r.start_date),
        end_date: optionalText(r.end_date),
      })),
      parcels: rows('reclaim_parcels', 'SELECT code, project_code, status, area_m2, CASE WHEN area_m2 IS NULL THEN geom END AS geom FROM reclaim_parcels').map((r) => ({
        code: text(r.code),
        project_code: optionalText(r.project_code),
        status: text(r.status),
        area_m2: areaOf(r),
      })),
      plots: rows('construction_plots', 'SELECT code, project_code, area_m2, CASE WHEN area_m2 IS NULL THEN geom END AS geom FROM construction_plots').map((r) => ({
        code: text(r.code),
        project_code: optionalText(r.project_code),
        area_m2: areaOf(r),
      })),
      sales: saleRows.map((r) => ({
        code: text(r.code),
        project_code: text(r.project_code),
        scope: (text(r.scope) === 'cross_province' ? 'cross_province' : 'intra_province') as SaleScope,
        buyer: optionalText(r.buyer),
        quality: (optionalText(r.quality) as QuotaQuality | null),
        mu: Number(r.mu ?? 0),
        unit_price_yuan: r.unit_price_yuan === null ? null : Number(r.unit_price_yuan),
        contract_date: optionalText(r.contract_date),
      })),
      payments: rows('quota_payments', 'SELECT code, transaction_code, due_date, paid_date, amount_yuan FROM quota_payments ORDER BY code').map((r) => ({
        code: text(r.code),
        transaction_code: text(r.transaction_code),
        due_date: optionalText(r.due_date),
        paid_date: optionalText(r.paid_date),
        amount_yuan: Number(r.amount_yuan ?? 0),
      })),
      loans: rows('loans', 'SELECT code, lender, kind, principal_yuan, annual_rate, start_date, term_years, grace_years, method, frequency, interest_subsidy FROM loans ORDER BY code').map((r) => ({
        code: text(r.code),
        lender: text(r.lender),
        kind: optionalText(r.kind),
        principal_yuan: Number(r.principal_yuan ?? 0),
        annual_rate: Number(r.annual_rate ?? 0),
        start_date: text(r.start_date),
        term_years: Number(r.term_years ?? 0),
        grace_years: r.grace_years === null ? null : Number(r.grace_years),
        method: text(r.method),
        frequency: text(r.frequency),
        interest_subsidy: r.interest_subsidy === null ? null : Number(r.interest_subsidy),
      })),
      turnover,
      tranchePlans,
    },
  };
}

function text(value: SqlValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

function optionalText(value: SqlValue | undefined): string | null {
  return value === null || value === undefined || value === '' ? null : String(value);
}

/** A row's cached ellipsoidal area, or its geometry's where the cache is empty (0 when neither reads). */
export function areaOf(row: Record<string, SqlValue>): number {
  if (row.area_m2 !== null && row.area_m2 !== undefined) return Number(row.area_m2);
  if (!(row.geom instanceof Uint8Array)) return 0;
  try {
    return geometryArea(decodeGeometryBlob(row.geom).geometry) ?? 0;
  } catch {
    return 0;
  }
}

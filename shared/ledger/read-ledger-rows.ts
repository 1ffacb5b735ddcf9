// The thin reader: loads the ledger's rows from a project database (sql.js). Everything after this is pure.
// Parcel and plot areas are measured from their geometry (read-quota-features.ts), never read from the cached
// `area_m2` column, so the ledger's quota is the one the side panel, `landlink info`, print and validate show.
import type { Database, SqlValue } from 'sql.js';
import { tableExists } from '../gpkg/core-tables';
import { readMeta } from '../project/project-meta';
import { queryRows } from '../project/sql-rows';
import type { LedgerRows, LinkageProjectRow, QuotaQuality, QuotaSaleRow } from './ledger-rows';
import { parseLedgerSettings, parseTranchePlan, type LedgerSettings } from './ledger-settings';
import type { TranchePlan } from '../finance/quota-tranches';
import { quotaAreaOfBlob } from './geometry-blob-area';
import { readQuotaFeatures } from './read-quota-features';

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
  const features = readQuotaFeatures(db);
  return {
    settings,
    rows: {
      projects: readProjectRows(db),
      parcels: features.parcels.map((f) => ({ code: f.code, project_code: f.project_code, status: f.status, area_m2: f.area_m2 })),
      plots: features.plots.map((f) => ({ code: f.code, project_code: f.project_code, area_m2: f.area_m2 })),
      sales: saleRows.map(saleRowOf),
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

/** The linkage projects, by code. */
export function readProjectRows(db: Database): LinkageProjectRow[] {
  if (!tableExists(db, 'linkage_projects')) return [];
  return queryRows(db, 'SELECT code, name, approval_date, start_date, end_date FROM linkage_projects ORDER BY code').map((r) => ({
    code: text(r.code),
    name: optionalText(r.name),
    approval_date: optionalText(r.approval_date),
    start_date: optionalText(r.start_date),
    end_date: optionalText(r.end_date),
  }));
}

/** The quota sales, by code. */
export function readSaleRows(db: Database): QuotaSaleRow[] {
  return tableExists(db, 'quota_transactions') ? queryRows(db, 'SELECT * FROM quota_transactions ORDER BY code').map(saleRowOf) : [];
}

function saleRowOf(r: Record<string, SqlValue>): QuotaSaleRow {
  return {
    code: text(r.code),
    project_code: text(r.project_code),
    scope: text(r.scope) === 'cross_province' ? 'cross_province' : 'intra_province',
    buyer: optionalText(r.buyer),
    quality: optionalText(r.quality) as QuotaQuality | null,
    mu: Number(r.mu ?? 0),
    unit_price_yuan: r.unit_price_yuan === null ? null : Number(r.unit_price_yuan),
    contract_date: optionalText(r.contract_date),
  };
}

function text(value: SqlValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

function optionalText(value: SqlValue | undefined): string | null {
  return value === null || value === undefined || value === '' ? null : String(value);
}

/**
 * A row's area for the ledger: measured from its `geom` blob when the row carries one; otherwise its cached
 * `area_m2` (0 when neither reads). Select `geom` to get the area a quota counts; the cached value is only a
 * fallback for callers that did not.
 */
export function areaOf(row: Record<string, SqlValue>): number {
  if (row.geom instanceof Uint8Array) return quotaAreaOfBlob(row.geom);
  if (row.area_m2 !== null && row.area_m2 !== undefined) return Number(row.area_m2);
  return 0;
}

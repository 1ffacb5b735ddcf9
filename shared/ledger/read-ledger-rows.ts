// The thin reader: loads the ledger's rows from a project database (sql.js). Everything after this is pure.
// Areas come from the cached ellipsoidal `area_m2`, or from the geometry where the cache is empty.
import type { Database, SqlValue } from 'sql.js';
import { geometryArea } from '../domain/cached-area';
import { tableExists } from '../gpkg/core-tables';
import { decodeGeometryBlob } from '../gpkg/geometry-blob';
import { readMeta } from '../project/project-meta';
import { queryRows } from '../project/sql-rows';
import type { LedgerRows, QuotaQuality, SaleScope } from './ledger-rows';
import { parseLedgerSettings, type LedgerSettings } from './ledger-settings';

export interface ReadLedger {
  readonly rows: LedgerRows;
  readonly settings: LedgerSettings;
}

export function readLedgerRows(db: Database): ReadLedger {
  const settings = parseLedgerSettings(readMeta(db));
  const rows = (table: string, sql: string) => (tableExists(db, table) ? queryRows(db, sql) : []);
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
      sales: rows('quota_transactions', 'SELECT code, project_code, scope, buyer, quality, mu, unit_price_yuan, contract_date FROM quota_transactions ORDER BY code').map((r) => ({
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
      turnover: settings.turnover,
      tranchePlans: settings.tranchePlans,
    },
  };
}

function text(value: SqlValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

function optionalText(value: SqlValue | undefined): string | null {
  return value === null || value === undefined || value === '' ? null : String(value);
}

function areaOf(row: Record<string, SqlValue>): number {
  if (row.area_m2 !== null && row.area_m2 !== undefined) return Number(row.area_m2);
  if (!(row.geom instanceof Uint8Array)) return 0;
  try {
    return geometryArea(decodeGeometryBlob(row.geom).geometry) ?? 0;
  } catch {
    return 0;
  }
}

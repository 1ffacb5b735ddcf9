// Problems in a project, for `landlink validate` and the app's check panel: stored values that break the schema
// (codes missing or repeated, unknown statuses, malformed dates), geometry problems (shared/geo/validate), cached
// areas that no longer match their geometry, overlaps and parcels outside their village (validate-overlaps.ts), and ledger rules (never sell more quota than the surplus; payments
// within the contract; references that point nowhere).
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Database, SqlValue } from 'sql.js';
import { decodeGeometryBlob } from '../gpkg/geometry-blob';
import { tableExists } from '../gpkg/core-tables';
import { quoteIdentifier } from '../gpkg/sql-identifier';
import { cachedAreaColumn, geometryArea } from '../domain/cached-area';
import { GEOMETRY_COLUMN, type TableSchema } from '../domain/schema-types';
import { PROJECT_TABLES } from '../domain/tables/index';
import { normalizeValue } from '../domain/validate-value';
import { validateGeometry } from '../geo/validate/index';
import { projectQuotas, type ProjectQuota } from '../ledger/project-quota';
import { readProjectRows, readSaleRows } from '../ledger/read-ledger-rows';
import { quotaFeaturesOf, readQuotaFeatures, type QuotaFeature } from '../ledger/read-quota-features';
import { staleAreaProblem, staleAreaTolerance, type StaleArea } from './validate-project-areas';
import { checkSpatial, SPATIAL_TABLES } from './validate-overlaps';
import { queryRows, tableColumns } from './sql-rows';

export interface ProjectProblem {
  readonly severity: 'error' | 'warning';
  /** Machine code, e.g. `duplicate_code`, `invalid_value`, `self_intersection`, `oversold_quota`. */
  readonly problem: string;
  readonly table: string;
  readonly fid?: number;
  readonly code?: string | null;
  readonly field?: string;
  readonly message: string;
  readonly messageZh: string;
  readonly location?: [number, number];
}

const SKIP_VALUE_CHECKS = new Set(['audit_log', 'landlink_meta']);

/**
 * Every problem of the project. One pass per table reads each row once: its values, its geometry (decoded once, then
 * measured, checked, and handed to the spatial checks), so that a county of 100,000 parcels validates in seconds.
 */
export function validateProject(db: Database): ProjectProblem[] {
  const problems: ProjectProblem[] = [];
  const pass: RowPass = { layers: new Map(), stale: [] };
  for (const table of PROJECT_TABLES) {
    if (!tableExists(db, table.name)) {
      problems.push({ severity: 'error', problem: 'missing_table', table: table.name, message: `table ${table.name} is missing; open and save the project in Landlink to recreate it`, messageZh: `缺少表 ${table.name}；请在 Landlink 中打开并保存项目以重建` });
      continue;
    }
    if (!SKIP_VALUE_CHECKS.has(table.name)) checkRows(db, table, problems, pass);
  }
  const quotas = checkLedger(db, problems, pass);
  reportStaleAreas(db, problems, pass, quotas);
  checkSpatial(db, problems, pass.layers);
  return problems;
}

/** What the row checks keep for the checks that need the whole project. */
interface RowPass {
  /** Decoded features of the tables the spatial and quota checks read. */
  readonly layers: Map<string, Feature<Geometry | null, Record<string, SqlValue>>[]>;
  /** Stale cached areas, with the index of the placeholder problem each will replace (the order stays by row). */
  readonly stale: { readonly index: number; readonly stale: StaleArea }[];
}

/** Tables whose decoded features the later checks need (spatial checks, and the quota of parcels and plots). */
const KEPT_TABLES = new Set<string>([...SPATIAL_TABLES, 'reclaim_parcels', 'construction_plots']);

function checkRows(db: Database, table: TableSchema, problems: ProjectProblem[], pass: RowPass): void {
  const present = new Set(tableColumns(db, table.name).map((c) => c.name));
  const columns = table.columns.filter((c) => present.has(c.name) && c.kind !== 'blob');
  const hasGeometry = table.kind === 'features' && present.has(GEOMETRY_COLUMN);
  const areaColumn = cachedAreaColumn(table);
  const select = [table.primaryKey, ...columns.map((c) => c.name), ...(hasGeometry ? [GEOMETRY_COLUMN] : [])];
  const seenCodes = new Map<string, number>();
  const kept: Feature<Geometry | null, Record<string, SqlValue>>[] | null = hasGeometry && KEPT_TABLES.has(table.name) ? [] : null;
  if (kept) pass.layers.set(table.name, kept);
  forEachRow(db, `SELECT ${select.map(quoteIdentifier).join(', ')} FROM ${quoteIdentifier(table.name)} ORDER BY ${quoteIdentifier(table.primaryKey)}`, select, (row) => {
    const fid = Number(row[table.primaryKey]);
    const code = typeof row.code === 'string' ? row.code : row.code == null ? null : String(row.code);
    const at = { table: table.name, fid, code };
    const label = `${table.name} ${code ?? `fid ${fid}`}`;
    if (present.has('code')) {
      if (!code) problems.push({ ...at, severity: 'error', problem: 'missing_code', field: 'code', message: `${label} has no code; give every row a unique code`, messageZh: `${table.label.zh}（要素号 ${fid}）缺少编号；每条记录都须有唯一编号` });
      else if (seenCodes.has(code)) problems.push({ ...at, severity: 'error', problem: 'duplicate_code', field: 'code', message: `${label}: code ${code} is also used by fid ${seenCodes.get(code)}; give each row its own code`, messageZh: `${table.label.zh}：编号 ${code} 与要素号 ${seenCodes.get(code)} 重复；编号须唯一` });
      else seenCodes.set(code, fid);
    }
    for (const column of columns) {
      if (column.computed || column.name === 'code') continue;
      const value = row[column.name];
      const result = normalizeValue(column, value === null ? null : value);
      if (!result.ok) problems.push({ ...at, severity: 'error', problem: 'invalid_value', field: column.name, message: `${label}: ${result.message}`, messageZh: `${table.label.zh} ${code ?? fid}：${result.messageZh}` });
      else if (result.value !== value && !(typeof value === 'number' && result.value === value)) {
        problems.push({ ...at, severity: 'warning', problem: 'nonstandard_value', field: column.name, message: `${label}: ${column.name} is stored as ${JSON.stringify(value)}; Landlink writes ${JSON.stringify(result.value)}`, messageZh: `${table.label.zh} ${code ?? fid}：“${column.label.zh}”存储为 ${JSON.stringify(value)}，标准写法为 ${JSON.stringify(result.value)}` });
      }
    }
    if (!hasGeometry) return;
    const geometry = checkGeometry(table, row, at, label, areaColumn, problems, pass);
    if (kept) {
      const properties: Record<string, SqlValue> = { ...row, fid };
      delete properties[GEOMETRY_COLUMN];
      kept.push({ type: 'Feature', properties, geometry });
    }
  });
}

/** Steps through a query's rows as objects keyed by `names` (faster than getAsObject, which asks for names per row). */
function forEachRow(db: Database, sql: string, names: readonly string[], visit: (row: Record<string, SqlValue>) => void): void {
  const statement = db.prepare(sql);
  try {
    while (statement.step()) {
      const values = statement.get();
      const row: Record<string, SqlValue> = {};
      for (let i = 0; i < names.length; i++) row[names[i]!] = values[i] ?? null;
      visit(row);
    }
  } finally {
    statement.free();
  }
}

/** Checks a row's geometry and returns it decoded (null when it has none or it does not decode). */
function checkGeometry(table: TableSchema, row: Record<string, SqlValue>, at: { table: string; fid: number; code: string | null }, label: string, areaColumn: string | undefined, problems: ProjectProblem[], pass: RowPass): Geometry | null {
  const blob = row[GEOMETRY_COLUMN];
  if (!(blob instanceof Uint8Array)) {
    problems.push({ ...at, severity: 'warning', problem: 'no_geometry', field: GEOMETRY_COLUMN, message: `${label} has no geometry; draw it or delete the row`, messageZh: `${table.label.zh} ${at.code ?? at.fid} 没有图形；请绘制或删除` });
    return null;
  }
  let geometry: Geometry;
  let srsId: number;
  try {
    ({ geometry, srsId } = decodeGeometryBlob(blob));
  } catch (error) {
    problems.push({ ...at, severity: 'error', problem: 'broken_geometry', field: GEOMETRY_COLUMN, message: `${label}: ${(error as Error).message}; redraw or re-import it`, messageZh: `${table.label.zh} ${at.code ?? at.fid}：几何数据损坏；请重新绘制或导入` });
    return null;
  }
  if (srsId !== 4490) problems.push({ ...at, severity: 'error', problem: 'wrong_srs', field: GEOMETRY_COLUMN, message: `${label}: geometry is in srs_id ${srsId}, not EPSG:4490; re-import it with its coordinate system`, messageZh: `${table.label.zh} ${at.code ?? at.fid}：几何坐标系为 ${srsId}，不是 EPSG:4490；请按其坐标系重新导入` });
  for (const found of validateGeometry(geometry)) {
    problems.push({ ...at, severity: found.severity, problem: found.code, field: GEOMETRY_COLUMN, message: `${label}: ${found.message}`, messageZh: `${table.label.zh} ${at.code ?? at.fid}：${found.messageZh}`, ...(found.location ? { location: found.location } : {}) });
  }
  if (areaColumn) {
    const area = geometryArea(geometry);
    const cached = row[areaColumn];
    if (area !== null && Number.isFinite(area) && (typeof cached !== 'number' || Math.abs(cached - area) > staleAreaTolerance(area))) {
      const stale: StaleArea = { table: table.name, tableZh: table.label.zh, fid: at.fid, code: at.code, column: areaColumn, cached: typeof cached === 'number' ? cached : null, measured: area, projectCode: optionalText(row.project_code), status: optionalText(row.status) ?? '' };
      // A placeholder keeps the row's place; its message needs every project's quota, known after the pass.
      pass.stale.push({ index: problems.length, stale });
      problems.push({ ...at, severity: 'warning', problem: 'stale_area', field: areaColumn, message: '', messageZh: '' });
    }
  }
  return geometry;
}

function optionalText(value: SqlValue | undefined): string | null {
  return value === null || value === undefined || value === '' ? null : String(value);
}

/** The parcels and plots the row pass decoded, measured as every quota measures them (read-quota-features.ts). */
function quotaFeaturesOfPass(db: Database, pass: RowPass, table: 'reclaim_parcels' | 'construction_plots'): readonly QuotaFeature[] {
  const features = pass.layers.get(table);
  // A table the pass did not decode (missing, or without a geometry column) is read the ordinary way.
  if (!features) return table === 'reclaim_parcels' ? readQuotaFeatures(db).parcels : readQuotaFeatures(db).plots;
  return quotaFeaturesOf({ type: 'FeatureCollection', features } as FeatureCollection<Geometry | null>, table === 'reclaim_parcels');
}

/** Fills in the stale-area placeholders: an error naming the quota figure when the row counts in one. */
function reportStaleAreas(db: Database, problems: ProjectProblem[], pass: RowPass, measured: readonly ProjectQuota[]): void {
  if (pass.stale.length === 0) return;
  const believeColumn = (f: QuotaFeature) => ({ ...f, area_m2: f.cached_area_m2 ?? f.area_m2 });
  const fromColumn = projectQuotas({
    projects: readProjectRows(db),
    parcels: quotaFeaturesOfPass(db, pass, 'reclaim_parcels').map(believeColumn),
    plots: quotaFeaturesOfPass(db, pass, 'construction_plots').map(believeColumn),
    sales: readSaleRows(db),
  });
  const byCode = (quotas: readonly ProjectQuota[]) => new Map(quotas.map((q) => [q.code, q]));
  const real = byCode(measured);
  const shown = byCode(fromColumn);
  for (const { index, stale } of pass.stale) problems[index] = staleAreaProblem(stale, real, shown);
}

/** Ledger rules; returns every project's quota (from the geometry, as everywhere else) for the checks after it. */
function checkLedger(db: Database, problems: ProjectProblem[], pass: RowPass): ProjectQuota[] {
  const needed = ['linkage_projects', 'reclaim_parcels', 'construction_plots', 'quota_transactions', 'quota_payments', 'old_houses', 'resettlement_sites', 'loans'];
  const quotas = projectQuotas({
    projects: readProjectRows(db),
    parcels: quotaFeaturesOfPass(db, pass, 'reclaim_parcels'),
    plots: quotaFeaturesOfPass(db, pass, 'construction_plots'),
    sales: readSaleRows(db),
  });
  if (!needed.every((t) => tableExists(db, t))) return quotas;
  const projects = new Set(queryRows(db, 'SELECT code FROM linkage_projects').map((r) => String(r.code)));
  for (const summary of quotas) {
    // A sale without a project is reported below (unknown_project on the sale).
    if (summary.code === '') continue;
    if (!projects.has(summary.code)) {
      problems.push({ severity: 'warning', problem: 'unknown_project', table: 'linkage_projects', code: summary.code, message: `linkage project ${summary.code} is used by parcels, plots or sales but has no record in linkage_projects; add it`, messageZh: `挂钩项目 ${summary.code} 被地块或交易引用，但项目表中没有该项目；请补录` });
    }
    if (summary.sold_mu > summary.surplus_mu + 1e-6) {
      problems.push({ severity: 'error', problem: 'oversold_quota', table: 'quota_transactions', code: summary.code, field: 'mu', message: `linkage project ${summary.code} sold ${summary.sold_mu.toFixed(2)} mu of quota but its surplus is ${summary.surplus_mu.toFixed(2)} mu (accepted ${summary.accepted_mu.toFixed(2)} − construction ${summary.construction_mu.toFixed(2)}); reduce the sales or record the missing acceptances`, messageZh: `挂钩项目 ${summary.code} 已交易 ${summary.sold_mu.toFixed(2)} 亩，超过节余指标 ${summary.surplus_mu.toFixed(2)} 亩；请核减交易或补录验收` });
    }
  }
  const transactions = new Map(queryRows(db, 'SELECT code, mu, unit_price_yuan FROM quota_transactions').map((r) => [String(r.code), Number(r.mu ?? 0) * Number(r.unit_price_yuan ?? 0)]));
  const paidPerTransaction = new Map<string, number>();
  for (const row of queryRows(db, 'SELECT code, transaction_code, amount_yuan FROM quota_payments')) {
    const transaction = String(row.transaction_code);
    if (!transactions.has(transaction)) {
      problems.push({ severity: 'error', problem: 'unknown_transaction', table: 'quota_payments', code: String(row.code), field: 'transaction_code', message: `payment ${String(row.code)} refers to transaction ${transaction}, which does not exist; correct the transaction code`, messageZh: `回款 ${String(row.code)} 引用的交易 ${transaction} 不存在；请更正交易编号` });
    }
    paidPerTransaction.set(transaction, (paidPerTransaction.get(transaction) ?? 0) + Number(row.amount_yuan ?? 0));
  }
  for (const [code, total] of paidPerTransaction) {
    const contract = transactions.get(code);
    if (contract !== undefined && contract > 0 && total > contract + 1) {
      problems.push({ severity: 'error', problem: 'overpaid_transaction', table: 'quota_payments', code, field: 'amount_yuan', message: `payments of transaction ${code} add up to ${total.toFixed(0)} yuan, more than its contract value ${contract.toFixed(0)} yuan (mu × unit price); check the tranches`, messageZh: `交易 ${code} 的回款合计 ${total.toFixed(0)} 元，超过合同金额 ${contract.toFixed(0)} 元；请核对各期回款` });
    }
  }
  for (const row of queryRows(db, 'SELECT code, project_code FROM quota_transactions')) {
    if (!projects.has(String(row.project_code))) problems.push({ severity: 'error', problem: 'unknown_project', table: 'quota_transactions', code: String(row.code), field: 'project_code', message: `transaction ${String(row.code)} sells quota of project ${String(row.project_code)}, which does not exist; correct the project code`, messageZh: `交易 ${String(row.code)} 引用的挂钩项目 ${String(row.project_code)} 不存在；请更正项目编号` });
  }
  for (const row of queryRows(db, "SELECT code FROM reclaim_parcels WHERE status IN ('accepted', 'filed') AND (acceptance_doc IS NULL OR acceptance_doc = '')")) {
    problems.push({ severity: 'warning', problem: 'missing_acceptance_doc', table: 'reclaim_parcels', code: String(row.code), field: 'acceptance_doc', message: `parcel ${String(row.code)} is accepted but has no acceptance document number; record it`, messageZh: `地块 ${String(row.code)} 已验收但缺少验收文号；请补录` });
  }
  for (const row of queryRows(db, 'SELECT code FROM reclaim_parcels WHERE start_date IS NOT NULL AND completion_date IS NOT NULL AND completion_date < start_date')) {
    problems.push({ severity: 'error', problem: 'dates_out_of_order', table: 'reclaim_parcels', code: String(row.code), field: 'completion_date', message: `parcel ${String(row.code)} was completed before it started; correct the dates`, messageZh: `地块 ${String(row.code)} 的竣工日期早于开工日期；请更正` });
  }
  for (const row of queryRows(db, 'SELECT code FROM resettlement_sites WHERE laborers_employed > laborers')) {
    problems.push({ severity: 'error', problem: 'employed_exceeds_laborers', table: 'resettlement_sites', code: String(row.code), field: 'laborers_employed', message: `site ${String(row.code)} has more laborers employed than laborers; correct the numbers`, messageZh: `安置区 ${String(row.code)} 的已就业劳动力多于劳动力总数；请更正` });
  }
  for (const row of queryRows(db, "SELECT code FROM old_houses WHERE status = 'retained' AND (reuse_plan IS NULL OR reuse_plan = '')")) {
    problems.push({ severity: 'warning', problem: 'missing_reuse_plan', table: 'old_houses', code: String(row.code), field: 'reuse_plan', message: `house ${String(row.code)} is retained without a reuse plan; record the approved plan`, messageZh: `旧房 ${String(row.code)} 为保留利用但缺少利用方案；请补录` });
  }
  const parcelCodes = new Set(queryRows(db, 'SELECT code FROM reclaim_parcels').map((r) => String(r.code)));
  for (const row of queryRows(db, 'SELECT code, parcel_code FROM old_houses WHERE parcel_code IS NOT NULL')) {
    if (!parcelCodes.has(String(row.parcel_code))) problems.push({ severity: 'warning', problem: 'unknown_parcel', table: 'old_houses', code: String(row.code), field: 'parcel_code', message: `house ${String(row.code)} refers to parcel ${String(row.parcel_code)}, which does not exist; correct the parcel code`, messageZh: `旧房 ${String(row.code)} 引用的复垦地块 ${String(row.parcel_code)} 不存在；请更正` });
  }
  for (const row of queryRows(db, 'SELECT code FROM loans WHERE grace_years >= term_years')) {
    problems.push({ severity: 'error', problem: 'grace_exceeds_term', table: 'loans', code: String(row.code), field: 'grace_years', message: `loan ${String(row.code)} has a grace period as long as its term; correct the grace years`, messageZh: `贷款 ${String(row.code)} 的宽限期不短于贷款期限；请更正` });
  }
  return quotas;
}

// Cached areas that disagree with their geometry, for `landlink validate`. Landlink's own figures never read the
// cached `area_m2` column (quota, summaries and print measure the geometry), but QGIS, GDAL, a spreadsheet made from
// the file, or an older Landlink do: a cached area changed outside Landlink (say with sqlite3) shows a different quota
// to everyone who reads the column. The disagreement is an error when the feature counts in a quota figure (a parcel
// that produces quota, a construction plot of a project), naming the project and the figure as the column would give
// it; a warning otherwise.
import type { ProjectQuota } from '../ledger/project-quota';
import { producesQuota } from '../ledger/quota-statuses';
import { mu } from '../ledger/ledger-format';
import type { ProjectProblem } from './validate-project';

/**
 * How far a cached area may be from the geometry's before it is reported, in m². Landlink writes the column with the
 * very function that measures the geometry, so an untouched row agrees exactly; an honest recomputation by another
 * geodesic tool (GeographicLib's Planimeter, GDAL on the ellipsoid) agrees to 1e-9 of the area (the fast series'
 * bound: 0.0001 m² on a 150 mu parcel). Areas are shown to 0.01 m² (DOMAIN.md), so 0.01 m² reports every disagreement
 * a person could see and none from rounding; beyond 10 km² (county outlines) the relative bound is the wider one.
 */
export function staleAreaTolerance(areaM2: number): number {
  return Math.max(0.01, Math.abs(areaM2) * 1e-9);
}

/** A row whose cached area disagrees, as the row check saw it. */
export interface StaleArea {
  readonly table: string;
  readonly tableZh: string;
  readonly fid: number;
  readonly code: string | null;
  readonly column: string;
  readonly cached: number | null;
  readonly measured: number;
  readonly projectCode: string | null;
  readonly status: string;
}

/** Whether a disagreement in this row changes a quota figure: the row is counted in one. */
export function countsInQuota(stale: Pick<StaleArea, 'table' | 'projectCode' | 'status'>): boolean {
  if (!stale.projectCode) return false;
  if (stale.table === 'reclaim_parcels') return producesQuota(stale.status);
  return stale.table === 'construction_plots';
}

/**
 * The problem for one stale row. `measured` and `fromColumn` are every project's quota from the geometry and as it
 * would read were the cached column believed (sold and names as they are).
 */
export function staleAreaProblem(stale: StaleArea, measured: ReadonlyMap<string, ProjectQuota>, fromColumn: ReadonlyMap<string, ProjectQuota>): ProjectProblem {
  const label = `${stale.table} ${stale.code ?? `fid ${stale.fid}`}`;
  const where = `${stale.tableZh} ${stale.code ?? stale.fid}`;
  const at = { table: stale.table, fid: stale.fid, code: stale.code, field: stale.column };
  const truth = stale.measured.toFixed(2);
  if (stale.cached === null || !countsInQuota(stale)) {
    return {
      ...at,
      severity: 'warning',
      problem: 'stale_area',
      message: `${label}: cached ${stale.column} ${stale.cached === null ? 'is empty' : `is ${String(stale.cached)}`} but the geometry measures ${truth} m²; the geometry or the column was edited outside Landlink: edit or re-import it in Landlink to refresh the area`,
      messageZh: `${where}：缓存面积与图形不符（图形面积 ${truth} 平方米）；图形或面积字段可能在其他软件中修改过，请在 Landlink 中编辑或重新导入以刷新面积`,
    };
  }
  const project = stale.projectCode!;
  const isParcel = stale.table === 'reclaim_parcels';
  const real = measured.get(project);
  const shown = fromColumn.get(project);
  const figure = (q: ProjectQuota | undefined) => (isParcel ? q?.accepted_mu : q?.construction_mu) ?? 0;
  const figureEn = isParcel ? 'accepted reclaimed area' : 'construction land used';
  const figureZh = isParcel ? '验收复垦面积' : '建新占用面积';
  return {
    ...at,
    severity: 'error',
    problem: 'stale_area',
    message: `${label}: cached ${stale.column} is ${String(stale.cached)} but the geometry measures ${truth} m²; it counts in the ${figureEn} of linkage project ${project}, which read from ${stale.column} would be ${mu(figure(shown))} mu instead of ${mu(figure(real))} mu (surplus ${mu(shown?.surplus_mu ?? 0)} instead of ${mu(real?.surplus_mu ?? 0)} mu). Landlink's quota uses the geometry; QGIS, GDAL and exports read the column: edit or re-import the feature in Landlink to refresh it`,
    messageZh: `${where}：缓存面积 ${String(stale.cached)} 平方米与图形面积 ${truth} 平方米不符；该要素计入挂钩项目 ${project} 的${figureZh}，按缓存面积为 ${mu(figure(shown))} 亩，按图形为 ${mu(figure(real))} 亩（节余指标 ${mu(shown?.surplus_mu ?? 0)} 亩，实为 ${mu(real?.surplus_mu ?? 0)} 亩）。Landlink 按图形计算指标，QGIS、GDAL 和导出文件读取缓存面积：请在 Landlink 中编辑或重新导入该要素以刷新面积`,
  };
}

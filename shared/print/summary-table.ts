// The summary table beside the map, per template and page scope: houses by status, parcel area (mu) by status, or
// the linkage projects' quota chain. Rows are the next level down (county → townships, township → villages), with a
// total row; cells are formatted here so the HTML page and the PNG painter print the same text.
import { enumLabel } from '../domain/labels';
import { squareMetresToMu } from '../domain/units';
import type { HouseTally, ParcelTally, PrintData } from './print-data';
import type { PrintScope } from './print-scope';
import type { SummaryKind } from './templates';

type Bilingual = { readonly zh: string; readonly en: string };

export interface PrintTableColumn {
  readonly key: string;
  readonly label: Bilingual;
  readonly numeric: boolean;
}

export interface PrintTable {
  readonly title: Bilingual;
  readonly columns: readonly PrintTableColumn[];
  readonly rows: readonly (readonly string[])[];
  readonly total: readonly string[] | null;
  readonly note: Bilingual | null;
}

const HOUSE_STATUSES = ['pending', 'demolished', 'retained'] as const;
const PARCEL_STATUSES = ['planned', 'in_progress', 'completed', 'accepted', 'filed'] as const;

export const formatMu = (mu: number): string => mu.toFixed(2);
const formatCount = (n: number): string => String(Math.round(n));
const formatShare = (part: number, whole: number): string => (whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : '–');

const place = (zh: string, en: string): PrintTableColumn => ({ key: 'place', label: { zh, en }, numeric: false });

/** How rows group for a scope: by township for the county and a project, by village inside a township. */
function grouping(scope: PrintScope): { key: (t: { township: string; village: string }) => string; column: PrintTableColumn } {
  if (scope.kind === 'township' || scope.kind === 'village') return { key: (t) => t.village || '（未填村）', column: place('行政村', 'Village') };
  return { key: (t) => t.township || '（未填乡镇）', column: place('乡镇', 'Township') };
}

function inScope<T extends { township: string; village: string }>(scope: PrintScope, data: PrintData, rows: readonly T[], project?: (row: T) => string): T[] {
  switch (scope.kind) {
    case 'county': return [...rows];
    case 'township': return rows.filter((r) => r.township === scope.name);
    case 'village': return rows.filter((r) => r.township === scope.township && r.village === scope.name);
    case 'project': {
      if (project) return rows.filter((r) => project(r) === scope.code);
      const townships = new Set(data.projects.find((p) => p.code === scope.code)?.townships ?? []);
      return rows.filter((r) => townships.has(r.township));
    }
  }
}

/** Row order: the order the project lists its places in (township codes), then by name for anything else. */
function placeOrder(data: PrintData): Map<string, number> {
  const order = new Map<string, number>();
  for (const t of data.townships) {
    order.set(t.name, order.size);
    for (const v of t.villages) if (!order.has(v.name)) order.set(v.name, order.size);
  }
  return order;
}

function sortedGroups<T>(groups: Map<string, T>, data: PrintData): [string, T][] {
  const order = placeOrder(data);
  return [...groups].sort(([a], [b]) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9) || a.localeCompare(b, 'zh-CN'));
}

export function housesByStatusTable(data: PrintData, scope: PrintScope): PrintTable {
  const group = grouping(scope);
  const groups = new Map<string, Record<string, number>>();
  for (const h of inScope<HouseTally>(scope, data, data.houses)) {
    const counts = groups.get(group.key(h)) ?? {};
    counts[h.status] = (counts[h.status] ?? 0) + h.count;
    groups.set(group.key(h), counts);
  }
  const totals: Record<string, number> = {};
  const line = (name: string, counts: Record<string, number>): string[] => {
    const all = Object.values(counts).reduce((a, b) => a + b, 0);
    return [name, formatCount(all), ...HOUSE_STATUSES.map((s) => formatCount(counts[s] ?? 0)), formatShare((counts.demolished ?? 0) + (counts.retained ?? 0), all)];
  };
  const rows = sortedGroups(groups, data).map(([name, counts]) => {
    for (const [s, n] of Object.entries(counts)) totals[s] = (totals[s] ?? 0) + n;
    return line(name, counts);
  });
  return {
    title: { zh: '旧房拆除进度（户）', en: 'Old houses by status (households)' },
    columns: [
      group.column,
      { key: 'all', label: { zh: '旧房', en: 'Houses' }, numeric: true },
      ...HOUSE_STATUSES.map((s) => ({ key: s, label: { zh: enumLabel('house_status', s, 'zh'), en: enumLabel('house_status', s, 'en') }, numeric: true })),
      { key: 'done', label: { zh: '完成率', en: 'Done' }, numeric: true },
    ],
    rows,
    total: rows.length > 0 ? line('合计', totals) : null,
    note: { zh: '完成率 =（已拆除 + 保留利用）÷ 旧房总数', en: 'Done = (demolished + retained) ÷ all houses' },
  };
}

export function parcelsByStatusTable(data: PrintData, scope: PrintScope): PrintTable {
  const group = grouping(scope);
  const groups = new Map<string, { count: number; m2: Record<string, number> }>();
  for (const p of inScope<ParcelTally>(scope, data, data.parcels, (row) => row.projectCode)) {
    const entry = groups.get(group.key(p)) ?? { count: 0, m2: {} };
    entry.count += p.count;
    entry.m2[p.status] = (entry.m2[p.status] ?? 0) + p.areaM2;
    groups.set(group.key(p), entry);
  }
  const total = { count: 0, m2: {} as Record<string, number> };
  const line = (name: string, entry: { count: number; m2: Record<string, number> }): string[] => {
    const all = Object.values(entry.m2).reduce((a, b) => a + b, 0);
    return [name, formatCount(entry.count), ...PARCEL_STATUSES.map((s) => formatMu(squareMetresToMu(entry.m2[s] ?? 0))), formatMu(squareMetresToMu(all)), formatShare((entry.m2.accepted ?? 0) + (entry.m2.filed ?? 0), all)];
  };
  const rows = sortedGroups(groups, data).map(([name, entry]) => {
    total.count += entry.count;
    for (const [s, m2] of Object.entries(entry.m2)) total.m2[s] = (total.m2[s] ?? 0) + m2;
    return line(name, entry);
  });
  return {
    title: { zh: '复垦地块面积（亩，椭球面积）', en: 'Reclaimed parcels by status (mu, ellipsoidal)' },
    columns: [
      group.column,
      { key: 'count', label: { zh: '地块', en: 'Parcels' }, numeric: true },
      ...PARCEL_STATUSES.map((s) => ({ key: s, label: { zh: enumLabel('parcel_status', s, 'zh').replace(/（.*）/, ''), en: enumLabel('parcel_status', s, 'en').replace(/ \(.*\)/, '') }, numeric: true })),
      { key: 'all', label: { zh: '合计', en: 'Total' }, numeric: true },
      { key: 'accepted_share', label: { zh: '验收率', en: 'Accepted' }, numeric: true },
    ],
    rows,
    total: rows.length > 0 ? line('合计', total) : null,
    note: { zh: '验收率 =（已验收 + 已备案）÷ 合计；面积为 CGCS2000 椭球面积', en: 'Accepted = (accepted + filed) ÷ total; ellipsoidal areas on CGCS2000' },
  };
}

export function projectsQuotaTable(data: PrintData, scope: PrintScope): PrintTable {
  const projects = data.projects.filter((p) =>
    scope.kind === 'county' ? true : scope.kind === 'project' ? p.code === scope.code : scope.kind === 'township' ? p.townships.includes(scope.name) : p.villages.includes(scope.name),
  );
  const line = (name: string, p: { acceptedMu: number; constructionMu: number; surplusMu: number; soldMu: number; availableMu: number }): string[] => [
    name,
    formatMu(p.acceptedMu),
    formatMu(p.constructionMu),
    formatMu(p.surplusMu),
    formatMu(p.soldMu),
    formatMu(p.availableMu),
  ];
  const sum = (pick: (p: (typeof projects)[number]) => number) => projects.reduce((total, p) => total + pick(p), 0);
  return {
    title: { zh: '增减挂钩项目节余指标（亩）', en: 'Linkage projects: surplus quota (mu)' },
    columns: [
      { key: 'project', label: { zh: '项目', en: 'Project' }, numeric: false },
      { key: 'accepted', label: { zh: '验收复垦', en: 'Accepted' }, numeric: true },
      { key: 'construction', label: { zh: '建新占用', en: 'Construction' }, numeric: true },
      { key: 'surplus', label: { zh: '节余指标', en: 'Surplus' }, numeric: true },
      { key: 'sold', label: { zh: '已交易', en: 'Sold' }, numeric: true },
      { key: 'available', label: { zh: '可交易', en: 'Available' }, numeric: true },
    ],
    rows: projects.map((p) => line(p.code, p)),
    total: projects.length > 1 ? line('合计', { acceptedMu: sum((p) => p.acceptedMu), constructionMu: sum((p) => p.constructionMu), surplusMu: sum((p) => p.surplusMu), soldMu: sum((p) => p.soldMu), availableMu: sum((p) => p.availableMu) }) : null,
    note:
      scope.kind === 'township' || scope.kind === 'village'
        ? { zh: '列出在本地有复垦或建新地块的项目，数值为项目全部指标', en: 'Projects with parcels here; figures are each project’s whole quota' }
        : { zh: '节余 = max(0, 验收复垦 − 建新占用)；可交易 = 节余 − 已交易', en: 'Surplus = max(0, accepted − construction); available = surplus − sold' },
  };
}

export function summaryTable(kind: SummaryKind, data: PrintData, scope: PrintScope): PrintTable {
  switch (kind) {
    case 'houses-by-status': return housesByStatusTable(data, scope);
    case 'parcels-by-status': return parcelsByStatusTable(data, scope);
    case 'projects-quota': return projectsQuotaTable(data, scope);
  }
}

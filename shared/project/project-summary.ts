// What `landlink info` and the app's summary panel show: counts per table, areas by status, and per linkage project
// the quota chain: accepted reclaimed area, construction land used, surplus = max(0, accepted − construction), quota
// sold, and what is left to sell. Areas are the cached ellipsoidal areas (recomputed from geometry where missing).
import type { FeatureCollection, Geometry } from 'geojson';
import type { Database } from 'sql.js';
import { decodeGeometryBlob } from '../gpkg/geometry-blob';
import { geometryArea } from '../domain/cached-area';
import { enumValues, QUOTA_PRODUCING_STATUSES, type HouseStatus, type ParcelStatus } from '../domain/enums';
import { squareMetresToMu } from '../domain/units';
import { layerCounts } from './layer-counts';
import { META_KEYS, readMeta } from './project-meta';
import { queryRows } from './sql-rows';

export interface AreaTally {
  count: number;
  area_m2: number;
  area_mu: number;
}

export interface LinkageProjectSummary {
  code: string;
  name: string | null;
  accepted_mu: number;
  construction_mu: number;
  surplus_mu: number;
  sold_mu: number;
  /** surplus − sold; negative when more was sold than the project produced (validate reports it). */
  available_mu: number;
}

export interface ProjectSummary {
  project: { name: string; county: string; synthetic: boolean; schemaVersion: number };
  counts: Record<string, number>;
  parcelsByStatus: Record<ParcelStatus, AreaTally>;
  parcelsByTargetClass: Record<string, AreaTally>;
  constructionByStatus: Record<string, AreaTally>;
  housesByStatus: Record<HouseStatus, number>;
  linkageProjects: LinkageProjectSummary[];
  totals: { reclaimed_mu: number; accepted_mu: number; construction_mu: number; surplus_mu: number; sold_mu: number; available_mu: number };
  /** Always "ellipsoidal (CGCS2000)": the only kind of area Landlink reports by default. */
  areaKind: 'ellipsoidal-cgcs2000';
}

/** Rows of one project, status and target class: how many and their total area. */
interface AreaRow {
  project_code: string | null;
  status: string;
  target_class: string | null;
  count: number;
  area_m2: number;
}

/**
 * The project's tallies. `read` passes the parcels and plots a caller has already read (the worker reads every layer
 * for the map on each change): they are then tallied from those rows instead of being read again.
 */
export function projectSummary(db: Database, read: { readonly reclaim_parcels?: FeatureCollection<Geometry | null>; readonly construction_plots?: FeatureCollection<Geometry | null> } = {}): ProjectSummary {
  const meta = readMeta(db);
  const parcels = read.reclaim_parcels ? areaRowsOf(read.reclaim_parcels, 'target_class') : areaRows(db, 'reclaim_parcels', 'target_class');
  const plots = read.construction_plots ? areaRowsOf(read.construction_plots, null) : areaRows(db, 'construction_plots', null);

  const parcelsByStatus = Object.fromEntries(enumValues('parcel_status').map((s) => [s, emptyTally()])) as Record<ParcelStatus, AreaTally>;
  const parcelsByTargetClass: Record<string, AreaTally> = {};
  for (const row of parcels) {
    add((parcelsByStatus as Record<string, AreaTally>)[row.status] ??= emptyTally(), row);
    add((parcelsByTargetClass[row.target_class ?? ''] ??= emptyTally()), row);
  }
  const constructionByStatus: Record<string, AreaTally> = {};
  for (const row of plots) add((constructionByStatus[row.status] ??= emptyTally()), row);

  const housesByStatus = Object.fromEntries(enumValues('house_status').map((s) => [s, 0])) as Record<HouseStatus, number>;
  for (const row of queryRows(db, 'SELECT status, count(*) AS n FROM old_houses GROUP BY status')) {
    (housesByStatus as Record<string, number>)[String(row.status)] = Number(row.n);
  }

  const linkageProjects = summariseLinkageProjects(db, parcels, plots);
  const sum = (pick: (p: LinkageProjectSummary) => number) => linkageProjects.reduce((total, p) => total + pick(p), 0);
  return {
    project: {
      name: meta[META_KEYS.projectName] ?? '',
      county: meta[META_KEYS.county] ?? '',
      synthetic: meta[META_KEYS.synthetic] === 'true',
      schemaVersion: Number(meta[META_KEYS.schemaVersion] ?? 0),
    },
    counts: layerCounts(db),
    parcelsByStatus,
    parcelsByTargetClass,
    constructionByStatus,
    housesByStatus,
    linkageProjects,
    totals: {
      reclaimed_mu: squareMetresToMu(parcels.reduce((total, row) => total + row.area_m2, 0)),
      accepted_mu: sum((p) => p.accepted_mu),
      construction_mu: sum((p) => p.construction_mu),
      surplus_mu: sum((p) => p.surplus_mu),
      sold_mu: sum((p) => p.sold_mu),
      available_mu: sum((p) => p.available_mu),
    },
    areaKind: 'ellipsoidal-cgcs2000',
  };
}

function summariseLinkageProjects(db: Database, parcels: AreaRow[], plots: AreaRow[]): LinkageProjectSummary[] {
  const byCode = new Map<string, LinkageProjectSummary>();
  const entry = (code: string, name: string | null = null) => {
    let summary = byCode.get(code);
    if (!summary) byCode.set(code, (summary = { code, name, accepted_mu: 0, construction_mu: 0, surplus_mu: 0, sold_mu: 0, available_mu: 0 }));
    return summary;
  };
  for (const row of queryRows(db, 'SELECT code, name FROM linkage_projects ORDER BY code')) entry(String(row.code), row.name === null ? null : String(row.name));
  for (const row of parcels) {
    if (row.project_code && (QUOTA_PRODUCING_STATUSES as readonly string[]).includes(row.status)) entry(row.project_code).accepted_mu += squareMetresToMu(row.area_m2);
  }
  for (const row of plots) if (row.project_code) entry(row.project_code).construction_mu += squareMetresToMu(row.area_m2);
  for (const row of queryRows(db, 'SELECT project_code, sum(mu) AS mu FROM quota_transactions GROUP BY project_code')) {
    if (row.project_code !== null) entry(String(row.project_code)).sold_mu += Number(row.mu ?? 0);
  }
  for (const summary of byCode.values()) {
    summary.surplus_mu = Math.max(0, summary.accepted_mu - summary.construction_mu);
    summary.available_mu = summary.surplus_mu - summary.sold_mu;
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * Counts and areas by project, status and class: summed by SQLite from the cached areas (one row per group, not one
 * object per parcel: the summary is rebuilt on every open and edit of a 100,000-parcel county), and from geometry
 * for rows whose cache is empty (a file edited by another tool).
 */
function areaRows(db: Database, table: string, classColumn: string | null): AreaRow[] {
  const groupColumns = `project_code, status, ${classColumn ?? 'NULL'} AS target_class`;
  const cached = queryRows(db, `SELECT ${groupColumns}, count(*) AS n, sum(area_m2) AS area FROM ${table} WHERE area_m2 IS NOT NULL GROUP BY 1, 2, 3`);
  const uncached = queryRows(db, `SELECT ${groupColumns}, 1 AS n, geom FROM ${table} WHERE area_m2 IS NULL`);
  return [...cached, ...uncached].map((row) => ({
    project_code: row.project_code === null ? null : String(row.project_code),
    status: String(row.status ?? ''),
    target_class: row.target_class === null ? null : String(row.target_class),
    count: Number(row.n),
    area_m2: 'area' in row ? Number(row.area) : areaOfBlob(row.geom),
  }));
}

/** areaRows for features already read (readLayer): grouped the same way, the area computed where the cache is empty. */
function areaRowsOf(collection: FeatureCollection<Geometry | null>, classColumn: string | null): AreaRow[] {
  const groups = new Map<string, AreaRow>();
  for (const feature of collection.features) {
    const p = feature.properties ?? {};
    const project = p['project_code'] == null ? null : String(p['project_code']);
    const status = String(p['status'] ?? '');
    const targetClass = classColumn && p[classColumn] != null ? String(p[classColumn]) : null;
    const cached = p['area_m2'];
    const area = typeof cached === 'number' ? cached : feature.geometry ? (geometryArea(feature.geometry) ?? 0) : 0;
    const key = `${project}\u0000${status}\u0000${targetClass}`;
    const group = groups.get(key);
    if (group) {
      group.count++;
      group.area_m2 += area;
    } else groups.set(key, { project_code: project, status, target_class: targetClass, count: 1, area_m2: area });
  }
  return [...groups.values()];
}

function areaOfBlob(blob: unknown): number {
  if (!(blob instanceof Uint8Array)) return 0;
  try {
    return geometryArea(decodeGeometryBlob(blob).geometry) ?? 0;
  } catch {
    return 0;
  }
}

function emptyTally(): AreaTally {
  return { count: 0, area_m2: 0, area_mu: 0 };
}

function add(tally: AreaTally, rows: AreaRow): void {
  tally.count += rows.count;
  tally.area_m2 += rows.area_m2;
  tally.area_mu = squareMetresToMu(tally.area_m2);
}

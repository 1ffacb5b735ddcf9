// What `landlink info` and the app's summary panel show: counts per table, areas by status, and per linkage project
// the quota chain: accepted reclaimed area, construction land used, surplus = max(0, accepted − construction), quota
// sold, and what is left to sell. Every area is measured from geometry (ellipsoidal, CGCS2000) and summed in whole
// mm²; the linkage projects' figures are the ledger's own (shared/ledger/project-quota.ts), so the panel, `info`,
// the ledger, print and validate show the same surplus.
import type { FeatureCollection, Geometry } from 'geojson';
import type { Database } from 'sql.js';
import { enumValues, type HouseStatus, type ParcelStatus } from '../domain/enums';
import { tableExists } from '../gpkg/core-tables';
import { unitsToMu, unitsToSquareMetres } from '../ledger/area-units';
import { projectQuotas, quotaTotals, type ProjectQuota } from '../ledger/project-quota';
import { readProjectRows, readSaleRows } from '../ledger/read-ledger-rows';
import { quotaFeaturesOf, readQuotaFeatures, type QuotaFeature, type QuotaFeatures } from '../ledger/read-quota-features';
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
  /** The exact sums behind the mu figures, in m² (whole mm²). */
  accepted_m2: number;
  construction_m2: number;
  surplus_m2: number;
}

export interface ProjectSummary {
  project: { name: string; county: string; synthetic: boolean; schemaVersion: number };
  counts: Record<string, number>;
  parcelsByStatus: Record<ParcelStatus, AreaTally>;
  parcelsByTargetClass: Record<string, AreaTally>;
  constructionByStatus: Record<string, AreaTally>;
  housesByStatus: Record<HouseStatus, number>;
  linkageProjects: LinkageProjectSummary[];
  totals: { reclaimed_mu: number; accepted_mu: number; construction_mu: number; surplus_mu: number; sold_mu: number; available_mu: number; surplus_m2: number };
  /** Always "ellipsoidal (CGCS2000)": the only kind of area Landlink reports by default. */
  areaKind: 'ellipsoidal-cgcs2000';
}

/**
 * The project's tallies. `read` passes the parcels and plots a caller has already decoded (the worker reads every
 * layer for the map): they are then measured from those geometries instead of the file's blobs (the same areas);
 * or `quotaFeatures` already read with readQuotaFeatures (print reads them once for its tables and this).
 */
export function projectSummary(
  db: Database,
  read: { readonly reclaim_parcels?: FeatureCollection<Geometry | null>; readonly construction_plots?: FeatureCollection<Geometry | null>; readonly quotaFeatures?: QuotaFeatures } = {},
): ProjectSummary {
  const meta = readMeta(db);
  const stored = read.reclaim_parcels && read.construction_plots ? null : (read.quotaFeatures ?? readQuotaFeatures(db));
  const parcels = read.reclaim_parcels ? quotaFeaturesOf(read.reclaim_parcels, true) : stored!.parcels;
  const plots = read.construction_plots ? quotaFeaturesOf(read.construction_plots, false) : stored!.plots;

  const parcelUnits = { byStatus: new Map<string, Units>(), byClass: new Map<string, Units>() };
  for (const enumStatus of enumValues('parcel_status')) parcelUnits.byStatus.set(enumStatus, { count: 0, units: 0 });
  let reclaimedUnits = 0;
  for (const parcel of parcels) {
    add(parcelUnits.byStatus, parcel.status, parcel);
    add(parcelUnits.byClass, parcel.target_class ?? '', parcel);
    reclaimedUnits += parcel.units;
  }
  const constructionUnits = new Map<string, Units>();
  for (const plot of plots) add(constructionUnits, plot.status, plot);

  const housesByStatus = Object.fromEntries(enumValues('house_status').map((s) => [s, 0])) as Record<HouseStatus, number>;
  if (tableExists(db, 'old_houses')) {
    for (const row of queryRows(db, 'SELECT status, count(*) AS n FROM old_houses GROUP BY status')) (housesByStatus as Record<string, number>)[String(row.status)] = Number(row.n);
  }

  const quotas = projectQuotas({ projects: readProjectRows(db), parcels, plots, sales: readSaleRows(db) });
  const totals = quotaTotals(quotas);
  return {
    project: {
      name: meta[META_KEYS.projectName] ?? '',
      county: meta[META_KEYS.county] ?? '',
      synthetic: meta[META_KEYS.synthetic] === 'true',
      schemaVersion: Number(meta[META_KEYS.schemaVersion] ?? 0),
    },
    counts: layerCounts(db),
    parcelsByStatus: tallies(parcelUnits.byStatus) as Record<ParcelStatus, AreaTally>,
    parcelsByTargetClass: tallies(parcelUnits.byClass),
    constructionByStatus: tallies(constructionUnits),
    housesByStatus,
    linkageProjects: quotas.map(linkageProjectSummary),
    totals: {
      reclaimed_mu: unitsToMu(reclaimedUnits),
      accepted_mu: totals.accepted_mu,
      construction_mu: totals.construction_mu,
      surplus_mu: totals.surplus_mu,
      sold_mu: totals.sold_mu,
      available_mu: totals.available_mu,
      surplus_m2: unitsToSquareMetres(totals.surplus_mm2),
    },
    areaKind: 'ellipsoidal-cgcs2000',
  };
}

export function linkageProjectSummary(q: ProjectQuota): LinkageProjectSummary {
  return {
    code: q.code,
    name: q.name,
    accepted_mu: q.accepted_mu,
    construction_mu: q.construction_mu,
    surplus_mu: q.surplus_mu,
    sold_mu: q.sold_mu,
    available_mu: q.available_mu,
    accepted_m2: q.accepted_m2,
    construction_m2: q.construction_m2,
    surplus_m2: q.surplus_m2,
  };
}

interface Units {
  count: number;
  units: number;
}

function add(groups: Map<string, Units>, key: string, feature: QuotaFeature): void {
  let group = groups.get(key);
  if (!group) groups.set(key, (group = { count: 0, units: 0 }));
  group.count++;
  group.units += feature.units;
}

function tallies(groups: Map<string, Units>): Record<string, AreaTally> {
  return Object.fromEntries([...groups].map(([key, g]) => [key, { count: g.count, area_m2: unitsToSquareMetres(g.units), area_mu: unitsToMu(g.units) }]));
}

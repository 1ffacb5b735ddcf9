// Reads PrintData from an open project: admin places with their boxes (from the GeoPackage geometry headers, so
// 100k features cost little), house tallies grouped in SQL, parcel areas measured from geometry, and the linkage
// projects' quota chain from the one quota computation `landlink info`, the side panel and the ledger use.
import type { Database } from 'sql.js';
import { tableExists } from '../gpkg/core-tables';
import { geometryBlobEnvelope } from '../gpkg/geometry-blob';
import { unitsToSquareMetres } from '../ledger/area-units';
import { readQuotaFeatures, type QuotaFeatures } from '../ledger/read-quota-features';
import { projectSummary, type ProjectSummary } from '../project/project-summary';
import { queryRows } from '../project/sql-rows';
import { unionBBox, type BBox } from './fit-frame';
import type { HouseTally, ParcelTally, PrintData, PrintLinkageProject, PrintPlace, PrintTownship } from './print-data';

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

function envelopeOf(blob: unknown): BBox | null {
  if (!(blob instanceof Uint8Array)) return null;
  try {
    return geometryBlobEnvelope(blob);
  } catch {
    return null;
  }
}

function readPlaces(db: Database): { countyBbox: BBox | null; townships: PrintTownship[] } {
  if (!tableExists(db, 'admin_areas')) return { countyBbox: null, townships: [] };
  const rows = queryRows(db, 'SELECT level, code, name, parent_code, geom FROM admin_areas ORDER BY code');
  const county = rows.find((r) => r.level === 'county');
  const townships = rows.filter((r) => r.level === 'township').map((r) => ({ code: text(r.code), name: text(r.name), bbox: envelopeOf(r.geom), villages: [] as PrintPlace[] }));
  const byCode = new Map(townships.map((t) => [t.code, t]));
  for (const r of rows.filter((row) => row.level === 'village')) {
    byCode.get(text(r.parent_code))?.villages.push({ code: text(r.code), name: text(r.name), bbox: envelopeOf(r.geom) });
  }
  return { countyBbox: (county ? envelopeOf(county.geom) : null) ?? unionBBox(townships.map((t) => t.bbox)), townships };
}

function readHouses(db: Database): HouseTally[] {
  if (!tableExists(db, 'old_houses')) return [];
  return queryRows(db, 'SELECT township, village, status, count(*) AS n FROM old_houses GROUP BY township, village, status').map((r) => ({
    township: text(r.township),
    village: text(r.village),
    status: text(r.status),
    count: Number(r.n),
  }));
}

/** Parcel counts and areas by place, project and status, each area measured from its geometry as every quota is. */
function readParcels(features: QuotaFeatures): ParcelTally[] {
  const groups = new Map<string, { township: string; village: string; projectCode: string; status: string; count: number; units: number }>();
  for (const parcel of features.parcels) {
    const tally = { township: parcel.township ?? '', village: parcel.village ?? '', projectCode: parcel.project_code ?? '', status: parcel.status };
    const key = `${tally.township}\u0000${tally.village}\u0000${tally.projectCode}\u0000${tally.status}`;
    const group = groups.get(key);
    if (group) {
      group.count++;
      group.units += parcel.units;
    } else groups.set(key, { ...tally, count: 1, units: parcel.units });
  }
  return [...groups.values()].map(({ units, ...tally }) => ({ ...tally, areaM2: unitsToSquareMetres(units) }));
}

function readProjects(db: Database, summary: ProjectSummary): PrintLinkageProject[] {
  const extents = new Map<string, { bbox: BBox | null; townships: Set<string>; villages: Set<string> }>();
  for (const table of ['reclaim_parcels', 'construction_plots']) {
    if (!tableExists(db, table)) continue;
    for (const r of queryRows(db, `SELECT project_code, township, village, geom FROM ${table} WHERE project_code IS NOT NULL AND project_code <> ''`)) {
      const code = text(r.project_code);
      let entry = extents.get(code);
      if (!entry) extents.set(code, (entry = { bbox: null, townships: new Set(), villages: new Set() }));
      entry.bbox = unionBBox([entry.bbox, envelopeOf(r.geom)]);
      if (r.township) entry.townships.add(text(r.township));
      if (r.village) entry.villages.add(text(r.village));
    }
  }
  return summary.linkageProjects.map((p) => {
    const extent = extents.get(p.code);
    return {
      code: p.code,
      name: p.name ?? p.code,
      acceptedMu: p.accepted_mu,
      constructionMu: p.construction_mu,
      surplusMu: p.surplus_mu,
      soldMu: p.sold_mu,
      availableMu: p.available_mu,
      bbox: extent?.bbox ?? null,
      townships: [...(extent?.townships ?? [])].sort(),
      villages: [...(extent?.villages ?? [])].sort(),
    };
  });
}

/** Extent of the feature tables as gpkg_contents records it: the fallback for a project without admin areas. */
function contentsExtent(db: Database): BBox | null {
  if (!tableExists(db, 'gpkg_contents')) return null;
  const rows = queryRows(db, "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE data_type = 'features' AND min_x IS NOT NULL AND max_x >= min_x AND table_name IN ('reclaim_parcels', 'old_houses', 'resettlement_sites', 'construction_plots')");
  return unionBBox(rows.map((r) => [Number(r.min_x), Number(r.min_y), Number(r.max_x), Number(r.max_y)] as const));
}

export function readPrintData(db: Database): PrintData {
  const quotaFeatures = readQuotaFeatures(db);
  const summary = projectSummary(db, { quotaFeatures });
  const places = readPlaces(db);
  const countyBbox = places.countyBbox ?? contentsExtent(db);
  return {
    projectName: summary.project.name,
    county: summary.project.county,
    synthetic: summary.project.synthetic,
    countyBbox,
    townships: places.townships,
    houses: readHouses(db),
    parcels: readParcels(quotaFeatures),
    projects: readProjects(db, summary),
  };
}

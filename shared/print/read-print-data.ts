// Reads PrintData from an open project: admin places with their boxes (from the GeoPackage geometry headers, so
// 100k features cost little), house and parcel tallies grouped in SQL, and the linkage projects' quota chain from
// the same project summary `landlink info` prints.
import type { Database } from 'sql.js';
import { tableExists } from '../gpkg/core-tables';
import { decodeGeometryBlob, geometryBlobEnvelope } from '../gpkg/geometry-blob';
import { geometryArea } from '../domain/cached-area';
import { projectSummary } from '../project/project-summary';
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

function readParcels(db: Database): ParcelTally[] {
  if (!tableExists(db, 'reclaim_parcels')) return [];
  const tallies = queryRows(
    db,
    'SELECT township, village, project_code, status, count(*) AS n, total(area_m2) AS area FROM reclaim_parcels GROUP BY township, village, project_code, status',
  ).map((r) => ({ township: text(r.township), village: text(r.village), projectCode: text(r.project_code), status: text(r.status), count: Number(r.n), areaM2: Number(r.area) }));
  // Parcels whose cached area is missing (edited by another tool) are measured from their geometry.
  for (const r of queryRows(db, 'SELECT township, village, project_code, status, geom FROM reclaim_parcels WHERE area_m2 IS NULL')) {
    if (!(r.geom instanceof Uint8Array)) continue;
    let area = 0;
    try {
      area = geometryArea(decodeGeometryBlob(r.geom).geometry) ?? 0;
    } catch {
      area = 0;
    }
    const tally = tallies.find((t) => t.township === text(r.township) && t.village === text(r.village) && t.projectCode === text(r.project_code) && t.status === text(r.status));
    if (tally) tally.areaM2 += area;
  }
  return tallies;
}

function readProjects(db: Database): PrintLinkageProject[] {
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
  return projectSummary(db).linkageProjects.map((p) => {
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
  const summary = projectSummary(db);
  const places = readPlaces(db);
  const countyBbox = places.countyBbox ?? contentsExtent(db);
  return {
    projectName: summary.project.name,
    county: summary.project.county,
    synthetic: summary.project.synthetic,
    countyBbox,
    townships: places.townships,
    houses: readHouses(db),
    parcels: readParcels(db),
    projects: readProjects(db),
  };
}

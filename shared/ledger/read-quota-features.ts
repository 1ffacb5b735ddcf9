// The reclaimed parcels and construction plots of a project with the areas their geometry measures: the one reading
// behind every quota figure (the ledger, the side panel, `landlink info`, print, validate). Areas come from the
// stored geometry (ellipsoidal, CGCS2000), never from the cached `area_m2` column: a file edited with QGIS or sqlite3
// may hold a cached area that no longer matches, and a quota must not grow with it. The cached value is kept beside
// the measured one for validate to compare.
//
// One pass per table reads the blobs and measures them without decoding to GeoJSON (geometry-blob-area.ts). Nothing
// is cached between calls: SQLite offers no cheap sign that a database changed which also sees a ROLLBACK TO (the
// ledger guard rolls refused edits back), and a stale quota is worse than a second pass. Callers that need the
// features twice in one operation read them once and pass them on; the app keeps its quota by delta (QuotaLedger).
import type { FeatureCollection, Geometry } from 'geojson';
import type { Database, SqlValue } from 'sql.js';
import { geometryArea } from '../domain/cached-area';
import { tableExists } from '../gpkg/core-tables';
import { areaUnits } from './area-units';
import { quotaAreaOfBlob } from './geometry-blob-area';

export interface QuotaFeature {
  readonly fid: number;
  readonly code: string;
  /** As stored; null when empty. */
  readonly project_code: string | null;
  readonly status: string;
  /** Parcels only (null for construction plots). */
  readonly target_class: string | null;
  readonly township: string | null;
  readonly village: string | null;
  /** Ellipsoidal area of the geometry in m² (0 without a polygonal geometry). */
  readonly area_m2: number;
  /** area_m2 in whole mm² (area-units.ts): what every quota sum adds. */
  readonly units: number;
  /** What the `area_m2` column holds (null when empty): for validate, never for a total. */
  readonly cached_area_m2: number | null;
}

export interface QuotaFeatures {
  readonly parcels: readonly QuotaFeature[];
  readonly plots: readonly QuotaFeature[];
}

const COLUMNS = ['fid', 'code', 'project_code', 'status', 'target_class', 'township', 'village', 'area_m2', 'geom'] as const;

/** Parcels and plots of the project with their measured areas. */
export function readQuotaFeatures(db: Database): QuotaFeatures {
  return { parcels: readTable(db, 'reclaim_parcels', true), plots: readTable(db, 'construction_plots', false) };
}

/**
 * The same rows from features already decoded (the app's worker reads every layer for the map): areas from their
 * GeoJSON geometry, which measures exactly what the blob does.
 */
export function quotaFeaturesOf(collection: FeatureCollection<Geometry | null>, isParcels: boolean): QuotaFeature[] {
  return collection.features.map((feature, index) => {
    const p = (feature.properties ?? {}) as Record<string, unknown>;
    const area = finiteOrZero(feature.geometry ? (geometryArea(feature.geometry) ?? 0) : 0);
    return {
      fid: typeof p.fid === 'number' ? p.fid : typeof feature.id === 'number' ? feature.id : index + 1,
      code: text(p.code as SqlValue),
      project_code: optionalText(p.project_code as SqlValue),
      status: text(p.status as SqlValue),
      target_class: isParcels ? optionalText(p.target_class as SqlValue) : null,
      township: optionalText(p.township as SqlValue),
      village: optionalText(p.village as SqlValue),
      area_m2: area,
      units: areaUnits(area),
      cached_area_m2: typeof p.area_m2 === 'number' ? p.area_m2 : null,
    };
  });
}

function readTable(db: Database, table: string, isParcels: boolean): QuotaFeature[] {
  if (!tableExists(db, table)) return [];
  const present = new Set(db.exec(`SELECT name FROM pragma_table_info('${table}')`)[0]?.values.map((v) => String(v[0])) ?? []);
  // A file from another tool may lack a column: read NULL in its place rather than fail.
  const select = COLUMNS.map((c) => (present.has(c) ? `"${c}"` : `NULL AS "${c}"`)).join(', ');
  const statement = db.prepare(`SELECT ${select} FROM "${table}" ORDER BY fid`);
  const rows: QuotaFeature[] = [];
  try {
    while (statement.step()) {
      const [fid, code, projectCode, status, targetClass, township, village, cached, geom] = statement.get();
      const area = quotaAreaOfBlob(geom);
      rows.push({
        fid: Number(fid),
        code: text(code),
        project_code: optionalText(projectCode),
        status: text(status),
        target_class: isParcels ? optionalText(targetClass) : null,
        township: optionalText(township),
        village: optionalText(village),
        area_m2: area,
        units: areaUnits(area),
        cached_area_m2: typeof cached === 'number' ? cached : null,
      });
    }
  } finally {
    statement.free();
  }
  return rows;
}

function finiteOrZero(value: number): number {
  return Number.isFinite(value) ? value : 0;
}

function text(value: SqlValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

function optionalText(value: SqlValue | undefined): string | null {
  return value === null || value === undefined || value === '' ? null : String(value);
}

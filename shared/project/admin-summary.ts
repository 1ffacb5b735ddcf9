// The county → township → village summary of reclaimed parcels (counts and ellipsoidal areas by status and target
// class, measured from geometry), read from a project for `landlink info --json` and the app.
import type { MultiPolygon, Polygon } from 'geojson';
import type { Database } from 'sql.js';
import { tableExists } from '../gpkg/core-tables';
import { summarizeByAdmin, type AdminSummary, type SummaryAdminArea, type SummaryParcel } from '../geo/summary/summarize-by-admin';
import { readLayer } from './read-layer';

const isPolygonal = (g: unknown): g is Polygon | MultiPolygon => typeof g === 'object' && g !== null && ((g as { type?: string }).type === 'Polygon' || (g as { type?: string }).type === 'MultiPolygon');

export function adminSummary(db: Database): AdminSummary | null {
  if (!tableExists(db, 'admin_areas') || !tableExists(db, 'reclaim_parcels')) return null;
  const admin: SummaryAdminArea[] = readLayer(db, 'admin_areas').features.map((f) => ({
    level: (f.properties.level as SummaryAdminArea['level']) ?? 'village',
    code: String(f.properties.code ?? f.properties.fid),
    name: String(f.properties.name ?? ''),
    parentCode: (f.properties.parent_code as string | null) ?? null,
    geometry: isPolygonal(f.geometry) ? f.geometry : null,
  }));
  if (admin.length === 0) return null;
  const parcels: SummaryParcel[] = readLayer(db, 'reclaim_parcels').features.map((f) => ({
    geometry: isPolygonal(f.geometry) ? f.geometry : null,
    // Measured from the geometry, as every area Landlink reports: the cached column may have been changed outside it.
    areaM2: null,
    status: (f.properties.status as string | null) ?? null,
    targetClass: (f.properties.target_class as string | null) ?? null,
    township: (f.properties.township as string | null) ?? null,
    village: (f.properties.village as string | null) ?? null,
  }));
  return summarizeByAdmin(parcels, admin);
}

// The project layers the export dialog offers (every feature table; the ledger goes out through its own reports).
export const EXPORT_TABLES = ['reclaim_parcels', 'old_houses', 'resettlement_sites', 'construction_plots', 'admin_areas', 'context_lines'] as const;

/** Only a GeoPackage holds several layers; every other format takes the first chosen one. */
export function tablesForFormat(tables: readonly string[], format: string): string[] {
  return format === 'geopackage' ? [...tables] : tables.slice(0, 1);
}

// The project tables a user may import features into from the shell's first GeoJSON import.
export const IMPORT_TARGET_TABLES = ['reclaim_parcels', 'old_houses', 'resettlement_sites', 'construction_plots', 'admin_areas'] as const;

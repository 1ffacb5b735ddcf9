// The project tables the import wizard offers as targets.
export const IMPORT_TARGET_TABLES = ['reclaim_parcels', 'old_houses', 'resettlement_sites', 'construction_plots', 'admin_areas'] as const;

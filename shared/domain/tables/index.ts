// Every table of a Landlink project, in the order they are created and listed.
import type { TableSchema } from '../schema-types';
import { adminAreas } from './admin-areas';
import { auditLog } from './audit-log';
import { constructionPlots } from './construction-plots';
import { contextLines } from './context-lines';
import { landlinkMeta } from './landlink-meta';
import { linkageProjects } from './linkage-projects';
import { loans } from './loans';
import { oldHouses } from './old-houses';
import { photos } from './photos';
import { quotaPayments } from './quota-payments';
import { quotaTransactions } from './quota-transactions';
import { reclaimParcels } from './reclaim-parcels';
import { turnoverQuota } from './turnover-quota';
import { resettlementSites } from './resettlement-sites';
import { verifications } from './verifications';

export const PROJECT_TABLES: readonly TableSchema[] = [
  adminAreas,
  resettlementSites,
  oldHouses,
  reclaimParcels,
  constructionPlots,
  contextLines,
  linkageProjects,
  quotaTransactions,
  quotaPayments,
  loans,
  turnoverQuota,
  verifications,
  photos,
  auditLog,
  landlinkMeta,
];

export type ProjectTableName =
  | 'admin_areas'
  | 'resettlement_sites'
  | 'old_houses'
  | 'reclaim_parcels'
  | 'construction_plots'
  | 'context_lines'
  | 'linkage_projects'
  | 'quota_transactions'
  | 'quota_payments'
  | 'loans'
  | 'turnover_quota'
  | 'verifications'
  | 'photos'
  | 'audit_log'
  | 'landlink_meta';

/** The Related Tables relation photos ↔ verifications (mapping table `verifications_photos`). */
export const PHOTO_RELATION = {
  baseTable: 'verifications',
  basePrimaryColumn: 'fid',
  relatedTable: 'photos',
  relatedPrimaryColumn: 'id',
  relationName: 'media',
  mappingTable: 'verifications_photos',
} as const;

export function findTableSchema(name: string): TableSchema | undefined {
  return PROJECT_TABLES.find((table) => table.name === name);
}

export {
  adminAreas,
  auditLog,
  constructionPlots,
  contextLines,
  landlinkMeta,
  linkageProjects,
  loans,
  oldHouses,
  photos,
  quotaPayments,
  quotaTransactions,
  reclaimParcels,
  resettlementSites,
  turnoverQuota,
  verifications,
};

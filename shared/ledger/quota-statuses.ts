// Only accepted (验收) or filed (备案) parcels produce quota (DOMAIN.md, "Linkage and quota rules").
import { QUOTA_PRODUCING_STATUSES } from '../domain/enums';

const PRODUCING = new Set<string>(QUOTA_PRODUCING_STATUSES);

export function producesQuota(status: string): boolean {
  return PRODUCING.has(status);
}

// The quota of each linkage project: accepted reclaimed area (accepted or filed parcels), construction land used,
// surplus = max(0, accepted − construction), sold, and available = surplus − sold (negative only when a project has
// sold more than it now has: the rules report that). Pure: recounts everything from the rows.
//
// This is the one quota computation: the ledger, the side panel and `landlink info` (project-summary.ts), print and
// validate all take their figures from it, with the rows' areas measured from geometry (read-quota-features.ts), so
// they agree to the mm².
import { areaUnits, unitsToMu, unitsToSquareMetres } from './area-units';
import type { ConstructionPlotRow, LinkageProjectRow, ParcelRow, QuotaSaleRow } from './ledger-rows';
import { producesQuota } from './quota-statuses';

export interface ProjectQuota {
  readonly code: string;
  readonly name: string | null;
  /** Areas in whole mm², the exact sums every figure below is derived from. */
  readonly accepted_mm2: number;
  readonly construction_mm2: number;
  readonly surplus_mm2: number;
  readonly accepted_m2: number;
  readonly accepted_mu: number;
  readonly construction_m2: number;
  readonly construction_mu: number;
  readonly surplus_m2: number;
  readonly surplus_mu: number;
  readonly sold_mu: number;
  readonly available_mu: number;
}

/** The running sums a project's quota is made of; areas in whole mm² units (see area-units.ts). */
export interface ProjectTally {
  readonly code: string;
  name: string | null;
  acceptedUnits: number;
  constructionUnits: number;
  soldMu: number;
}

export function emptyTally(code: string, name: string | null = null): ProjectTally {
  return { code, name, acceptedUnits: 0, constructionUnits: 0, soldMu: 0 };
}

export function quotaOfTally(tally: ProjectTally): ProjectQuota {
  const accepted_mu = unitsToMu(tally.acceptedUnits);
  const construction_mu = unitsToMu(tally.constructionUnits);
  const surplusUnits = Math.max(0, tally.acceptedUnits - tally.constructionUnits);
  const surplus_mu = unitsToMu(surplusUnits);
  return {
    code: tally.code,
    name: tally.name,
    accepted_mm2: tally.acceptedUnits,
    construction_mm2: tally.constructionUnits,
    surplus_mm2: surplusUnits,
    accepted_m2: unitsToSquareMetres(tally.acceptedUnits),
    accepted_mu,
    construction_m2: unitsToSquareMetres(tally.constructionUnits),
    construction_mu,
    surplus_m2: unitsToSquareMetres(surplusUnits),
    surplus_mu,
    sold_mu: tally.soldMu,
    available_mu: surplus_mu - tally.soldMu,
  };
}

/** Tallies of every project named by a project row, a parcel, a plot or a sale, by code. */
export function tallyProjects(rows: {
  readonly projects: readonly LinkageProjectRow[];
  readonly parcels: readonly ParcelRow[];
  readonly plots: readonly ConstructionPlotRow[];
  readonly sales: readonly QuotaSaleRow[];
}): Map<string, ProjectTally> {
  const tallies = new Map<string, ProjectTally>();
  const tally = (code: string) => {
    let entry = tallies.get(code);
    if (!entry) tallies.set(code, (entry = emptyTally(code)));
    return entry;
  };
  for (const project of rows.projects) tally(project.code).name = project.name;
  for (const parcel of rows.parcels) if (parcel.project_code && producesQuota(parcel.status)) tally(parcel.project_code).acceptedUnits += areaUnits(parcel.area_m2);
  for (const plot of rows.plots) if (plot.project_code) tally(plot.project_code).constructionUnits += areaUnits(plot.area_m2);
  for (const sale of rows.sales) tally(sale.project_code).soldMu += sale.mu;
  return tallies;
}

/** Every project's quota, sorted by code. */
export function projectQuotas(rows: Parameters<typeof tallyProjects>[0]): ProjectQuota[] {
  return [...tallyProjects(rows).values()].map(quotaOfTally).sort((a, b) => a.code.localeCompare(b.code));
}

export interface QuotaTotals {
  readonly accepted_mm2: number;
  readonly construction_mm2: number;
  /** The sum of each project's surplus (each at least 0), not accepted − construction of the county. */
  readonly surplus_mm2: number;
  readonly accepted_mu: number;
  readonly construction_mu: number;
  readonly surplus_mu: number;
  readonly sold_mu: number;
  readonly available_mu: number;
}

/** The county's totals over its projects, summed in mm² and converted once. */
export function quotaTotals(quotas: readonly ProjectQuota[]): QuotaTotals {
  let accepted = 0, construction = 0, surplus = 0, sold = 0;
  for (const q of quotas) {
    accepted += q.accepted_mm2;
    construction += q.construction_mm2;
    surplus += q.surplus_mm2;
    sold += q.sold_mu;
  }
  const surplus_mu = unitsToMu(surplus);
  return { accepted_mm2: accepted, construction_mm2: construction, surplus_mm2: surplus, accepted_mu: unitsToMu(accepted), construction_mu: unitsToMu(construction), surplus_mu, sold_mu: sold, available_mu: surplus_mu - sold };
}

// The ledger as live state for the app: per-project tallies kept up to date by delta, so that one parcel's status
// change costs O(1) plus the project's sales, not a recount of every parcel. Reads return the same figures
// projectQuotas() computes from scratch (areas are whole units, so deltas are exact). Mutators here do no checks:
// apply-ledger-edit.ts checks an edit first and calls them only when it is allowed.
import { areaUnits } from './area-units';
import type { ConstructionPlotRow, LedgerRows, LinkageProjectRow, ParcelRow, QuotaPaymentRow, QuotaSaleRow } from './ledger-rows';
import { emptyTally, quotaOfTally, tallyProjects, type ProjectQuota, type ProjectTally } from './project-quota';
import { producesQuota } from './quota-statuses';

interface ParcelEntry {
  readonly row: ParcelRow;
  readonly units: number;
}

interface PlotEntry {
  readonly row: ConstructionPlotRow;
  readonly units: number;
}

export class QuotaLedger {
  private readonly tallies: Map<string, ProjectTally>;
  private readonly projectRows = new Map<string, LinkageProjectRow>();
  private readonly parcels = new Map<string, ParcelEntry>();
  private readonly plots = new Map<string, PlotEntry>();
  private readonly sales = new Map<string, QuotaSaleRow>();
  private readonly salesByProject = new Map<string, Set<string>>();
  private readonly payments = new Map<string, QuotaPaymentRow>();
  private readonly paymentsBySale = new Map<string, Set<string>>();
  /** Bumped on every change of sales or payments, so a plan knows when its contracted income is stale. */
  private contractsVersionCounter = 0;
  /** Bumped on every change that can move a project's quota. */
  private quotaVersionCounter = 0;

  constructor(rows: Pick<LedgerRows, 'projects' | 'parcels' | 'plots' | 'sales' | 'payments'>) {
    this.tallies = tallyProjects(rows);
    for (const project of rows.projects) this.projectRows.set(project.code, project);
    for (const parcel of rows.parcels) this.parcels.set(parcel.code, { row: parcel, units: areaUnits(parcel.area_m2) });
    for (const plot of rows.plots) this.plots.set(plot.code, { row: plot, units: areaUnits(plot.area_m2) });
    for (const sale of rows.sales) this.indexSale(sale);
    for (const payment of rows.payments) this.indexPayment(payment);
  }

  get contractsVersion(): number {
    return this.contractsVersionCounter;
  }

  get quotaVersion(): number {
    return this.quotaVersionCounter;
  }

  // ---- reading ----

  /** A project is known when a linkage_projects row names it (parcels may name codes that are not projects). */
  hasProject(code: string): boolean {
    return this.projectRows.has(code);
  }

  project(code: string): LinkageProjectRow | undefined {
    return this.projectRows.get(code);
  }

  quota(projectCode: string): ProjectQuota | undefined {
    const tally = this.tallies.get(projectCode);
    return tally ? quotaOfTally(tally) : undefined;
  }

  /** Every project's quota, sorted by code. */
  quotas(): ProjectQuota[] {
    return [...this.tallies.values()].map(quotaOfTally).sort((a, b) => a.code.localeCompare(b.code));
  }

  tally(projectCode: string): Readonly<ProjectTally> | undefined {
    return this.tallies.get(projectCode);
  }

  parcel(code: string): ParcelRow | undefined {
    return this.parcels.get(code)?.row;
  }

  plot(code: string): ConstructionPlotRow | undefined {
    return this.plots.get(code)?.row;
  }

  sale(code: string): QuotaSaleRow | undefined {
    return this.sales.get(code);
  }

  allSales(): QuotaSaleRow[] {
    return [...this.sales.values()];
  }

  salesOfProject(projectCode: string): QuotaSaleRow[] {
    return [...(this.salesByProject.get(projectCode) ?? [])].map((code) => this.sales.get(code)!);
  }

  payment(code: string): QuotaPaymentRow | undefined {
    return this.payments.get(code);
  }

  allPayments(): QuotaPaymentRow[] {
    return [...this.payments.values()];
  }

  paymentsOfSale(saleCode: string): QuotaPaymentRow[] {
    return [...(this.paymentsBySale.get(saleCode) ?? [])].map((code) => this.payments.get(code)!);
  }

  // ---- changing (unchecked) ----

  /** Inserts or replaces a parcel; its old area leaves its old project, its new area joins its new one. */
  putParcel(parcel: ParcelRow): void {
    this.removeParcel(parcel.code);
    const entry = { row: parcel, units: areaUnits(parcel.area_m2) };
    this.parcels.set(parcel.code, entry);
    if (parcel.project_code && producesQuota(parcel.status)) this.tallyOf(parcel.project_code).acceptedUnits += entry.units;
    this.quotaVersionCounter++;
  }

  removeParcel(code: string): void {
    const entry = this.parcels.get(code);
    if (!entry) return;
    this.parcels.delete(code);
    if (entry.row.project_code && producesQuota(entry.row.status)) this.tallyOf(entry.row.project_code).acceptedUnits -= entry.units;
    this.quotaVersionCounter++;
  }

  putPlot(plot: ConstructionPlotRow): void {
    this.removePlot(plot.code);
    const entry = { row: plot, units: areaUnits(plot.area_m2) };
    this.plots.set(plot.code, entry);
    if (plot.project_code) this.tallyOf(plot.project_code).constructionUnits += entry.units;
    this.quotaVersionCounter++;
  }

  removePlot(code: string): void {
    const entry = this.plots.get(code);
    if (!entry) return;
    this.plots.delete(code);
    if (entry.row.project_code) this.tallyOf(entry.row.project_code).constructionUnits -= entry.units;
    this.quotaVersionCounter++;
  }

  putSale(sale: QuotaSaleRow): void {
    const old = this.sales.get(sale.code);
    if (old) this.unindexSale(old);
    this.indexSale(sale);
    this.resumSold(sale.project_code);
    if (old && old.project_code !== sale.project_code) this.resumSold(old.project_code);
    this.contractsVersionCounter++;
    this.quotaVersionCounter++;
  }

  /** Removes a sale and its payments. */
  removeSale(code: string): void {
    const old = this.sales.get(code);
    if (!old) return;
    this.unindexSale(old);
    for (const paymentCode of [...(this.paymentsBySale.get(code) ?? [])]) this.removePayment(paymentCode);
    this.resumSold(old.project_code);
    this.contractsVersionCounter++;
    this.quotaVersionCounter++;
  }

  putPayment(payment: QuotaPaymentRow): void {
    this.removePayment(payment.code);
    this.indexPayment(payment);
    this.contractsVersionCounter++;
  }

  removePayment(code: string): void {
    const old = this.payments.get(code);
    if (!old) return;
    this.payments.delete(code);
    this.paymentsBySale.get(old.transaction_code)?.delete(code);
    this.contractsVersionCounter++;
  }

  putProject(project: LinkageProjectRow): void {
    this.projectRows.set(project.code, project);
    this.tallyOf(project.code).name = project.name;
  }

  // ---- internals ----

  private tallyOf(code: string): ProjectTally {
    let tally = this.tallies.get(code);
    if (!tally) this.tallies.set(code, (tally = emptyTally(code, this.projectRows.get(code)?.name ?? null)));
    return tally;
  }

  private indexSale(sale: QuotaSaleRow): void {
    this.sales.set(sale.code, sale);
    let set = this.salesByProject.get(sale.project_code);
    if (!set) this.salesByProject.set(sale.project_code, (set = new Set()));
    set.add(sale.code);
  }

  private unindexSale(sale: QuotaSaleRow): void {
    this.sales.delete(sale.code);
    this.salesByProject.get(sale.project_code)?.delete(sale.code);
  }

  private indexPayment(payment: QuotaPaymentRow): void {
    this.payments.set(payment.code, payment);
    let set = this.paymentsBySale.get(payment.transaction_code);
    if (!set) this.paymentsBySale.set(payment.transaction_code, (set = new Set()));
    set.add(payment.code);
  }

  /** Sold mu is re-added from the project's sales (few), so repeated edits leave no floating-point residue. */
  private resumSold(projectCode: string): void {
    let sold = 0;
    for (const code of this.salesByProject.get(projectCode) ?? []) sold += this.sales.get(code)!.mu;
    this.tallyOf(projectCode).soldMu = sold;
  }
}

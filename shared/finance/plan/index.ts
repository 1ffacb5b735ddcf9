// The repayment plan: debt service after subsidy against quota income, per year, split at the as-of date into history
// and forecast, with receivables, assumptions in view, scenarios and the break-even price.
export { RepaymentPlanner, type AssumptionsInEffect } from './repayment-planner';
export { assembleRepaymentPlan, type PlanPhase, type RepaymentPlan, type RepaymentPlanYear } from './repayment-plan';
export { debtServiceByYear, shiftedLprPath } from './debt-service-by-year';
export { contractedIncome, type ContractedIncome } from './contracted-income';
export { instalments, overdueReceivables, saleReceivables, signedBy, type Instalment, type InstalmentStatus, type OverdueReceivable, type SaleReceivable, type SaleStanding } from './receivables';
export { pathPrice, unsoldSales, type UnsoldYear } from './unsold-sales';
export { NAMED_SCENARIOS, breakEvenPrice, scenarioResults, sensitivityTable, summarise, type ScenarioId, type ScenarioResult, type SensitivityTable } from './plan-scenarios';
export { DEFAULT_PLAN_SCENARIO, FALLBACK_SCOPE_PRICES, FALLBACK_UNSOLD_PRICE_PER_MU, type OverdueHandling, type PlanAssumptions, type PlanPayment, type PlanProjectQuota, type PlanQuotaSource, type PlanSale, type PlanScenario, type SalesPace, type UnsoldScope } from './plan-inputs';

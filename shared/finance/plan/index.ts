// The repayment plan: debt service after subsidy against quota income, per year, with scenarios.
export { RepaymentPlanner } from './repayment-planner';
export { assembleRepaymentPlan, type RepaymentPlan, type RepaymentPlanYear } from './repayment-plan';
export { debtServiceByYear } from './debt-service-by-year';
export { contractedIncome, type ContractedIncome } from './contracted-income';
export { DEFAULT_PLAN_SCENARIO, FALLBACK_UNSOLD_PRICE_PER_MU, type PlanAssumptions, type PlanPayment, type PlanProjectQuota, type PlanQuotaSource, type PlanSale, type PlanScenario } from './plan-inputs';

// State of the 账本 (ledger) workspace (zustand): open or not, the active tab, and the plan scenario the user is
// trying, so closing and reopening the workspace keeps the what-if the user set.
import { create } from 'zustand';
import { DEFAULT_PLAN_SCENARIO, type PlanScenario } from '../../../shared/finance/plan/plan-inputs';

export const LEDGER_TABS = ['projects', 'sales', 'loans', 'plan', 'dashboard'] as const;
export type LedgerTab = (typeof LEDGER_TABS)[number];

export interface LedgerWorkspaceState {
  open: boolean;
  tab: LedgerTab;
  scenario: PlanScenario;
  /** The plan's as-of date (YYYY-MM-DD); null means today. */
  asOfDate: string | null;
}

export const useLedgerStore = create<LedgerWorkspaceState>(() => ({ open: false, tab: 'projects', scenario: DEFAULT_PLAN_SCENARIO, asOfDate: null }));

export function toggleLedger(): void {
  useLedgerStore.setState((s) => ({ open: !s.open }));
}

export function closeLedger(): void {
  useLedgerStore.setState({ open: false });
}

export function showLedgerTab(tab: LedgerTab): void {
  useLedgerStore.setState({ open: true, tab });
}

export function setScenario(change: Partial<PlanScenario>): void {
  useLedgerStore.setState((s) => ({ scenario: { ...s.scenario, ...change } }));
}

export function setAsOfDate(date: string | null): void {
  useLedgerStore.setState({ asOfDate: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null });
}

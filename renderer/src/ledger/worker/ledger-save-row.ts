// The ledger workspace's edits of its own rows, in the project worker: loans (add, change, delete), turnover quota
// (add, change, delete) and a sale's tranche plan. The write path checks every column (required, ranges, enums,
// dates) with messages that name the field; on top of it the ledger's own rules: a loan's terms must give a schedule
// (grace shorter than term …), turnover quota must name a linkage project of this county and be returned no earlier
// than borrowed, a tranche plan must parse. The caller wraps these in the session's change() (one undo step each).
import type { Database } from 'sql.js';
import { loanTermsProblems } from '../../../../shared/finance/loan-terms';
import { tranchePlanProblems, type TranchePlan } from '../../../../shared/finance/quota-tranches';
import type { LedgerEditableTable } from '../../../../shared/ipc/ledger-protocol';
import { loanTermsOfRow } from '../../../../shared/ledger/loan-terms-of-row';
import type { LoanRow } from '../../../../shared/ledger/ledger-rows';
import { deleteFeatures } from '../../../../shared/project/delete-features';
import { insertFeatures } from '../../../../shared/project/insert-features';
import { queryRows } from '../../../../shared/project/sql-rows';
import { updateFeature } from '../../../../shared/project/update-feature';

interface RowFailure {
  readonly code: string;
  readonly message: string;
  readonly messageZh: string;
  readonly field?: string;
}

function refuse(code: string, message: string, messageZh: string, field?: string): never {
  throw { code, message, messageZh, ...(field ? { field } : {}) } satisfies RowFailure;
}

const LABELS: Record<LedgerEditableTable, { zh: string; en: string }> = {
  loans: { zh: '贷款', en: 'loan' },
  turnover_quota: { zh: '周转指标', en: 'turnover quota' },
  quota_transactions: { zh: '指标交易', en: 'sale' },
};

/** Which columns each table lets the ledger workspace set (the rest stay as they are). */
const EDITABLE_COLUMNS: Record<LedgerEditableTable, readonly string[]> = {
  loans: ['lender', 'kind', 'principal_yuan', 'annual_rate', 'start_date', 'term_years', 'grace_years', 'method', 'frequency', 'interest_subsidy', 'remarks'],
  turnover_quota: ['project_code', 'mu', 'borrowed_date', 'returned_date', 'remarks'],
  quota_transactions: ['tranche_plan'],
};

/** Writes one row (a new one when `code` is null); returns its code. Throws a bilingual failure and writes nothing. */
export function saveLedgerRow(db: Database, table: LedgerEditableTable, code: string | null, values: Readonly<Record<string, unknown>>): string {
  const allowed = EDITABLE_COLUMNS[table];
  if (!allowed) refuse('not-editable', `The ledger cannot edit table ${String(table)}.`, `账本不能编辑表 ${String(table)}。`);
  const unknown = Object.keys(values).find((k) => !allowed.includes(k));
  if (unknown) refuse('unknown-field', `${unknown} cannot be set here.`, `此处不能修改“${unknown}”。`, unknown);
  const existing = code === null ? null : (queryRows(db, `SELECT * FROM "${table}" WHERE code = ?`, [code])[0] ?? null);
  if (code !== null && !existing) refuse('not-found', `There is no ${LABELS[table].en} ${code} in this project; it may have been deleted.`, `本项目中没有${LABELS[table].zh} ${code}，可能已被删除。`);
  if (code === null && table === 'quota_transactions') refuse('not-editable', 'A sale is added with the sale form.', '新增交易请用“新增交易”表单。');

  const merged: Record<string, unknown> = { ...(existing ?? {}), ...values };
  if (table === 'loans') checkLoan(merged);
  if (table === 'turnover_quota') checkTurnover(db, merged);
  if (table === 'quota_transactions') checkTranchePlan(values.tranche_plan);

  if (existing) {
    updateFeature(db, table, Number(existing.fid), { properties: { ...values } });
    return String(existing.code);
  }
  const [fid] = insertFeatures(db, table, [{ properties: { ...values } }]);
  return String(queryRows(db, `SELECT code FROM "${table}" WHERE fid = ?`, [fid!])[0]!.code);
}

export function deleteLedgerRow(db: Database, table: LedgerEditableTable, code: string): void {
  if (table === 'quota_transactions') refuse('not-editable', 'Sales are not deleted from the ledger workspace; edit them in the attribute table.', '交易不在账本中删除；请在属性表中处理。');
  const row = queryRows(db, `SELECT fid FROM "${table}" WHERE code = ?`, [code])[0];
  if (!row) refuse('not-found', `There is no ${LABELS[table].en} ${code} in this project; it may have been deleted.`, `本项目中没有${LABELS[table].zh} ${code}，可能已被删除。`);
  deleteFeatures(db, table, [Number(row.fid)]);
}

function checkLoan(row: Record<string, unknown>): void {
  // Column checks (types, ranges, required) are the write path's, with its field-naming messages; here what only
  // the schedule knows. Values that are not numbers yet are left to the write path.
  const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN);
  const term = num(row.term_years);
  const grace = row.grace_years === null || row.grace_years === undefined || row.grace_years === '' ? 0 : num(row.grace_years);
  if (Number.isInteger(term) && Number.isInteger(grace) && grace >= term) {
    refuse('invalid-loan', `grace_years: the grace period (${grace} years) must be shorter than the term (${term} years).`, `宽限期（${grace} 年）必须短于贷款期限（${term} 年）。`, 'grace_years');
  }
  const terms = loanTermsOfRow({ ...(row as unknown as LoanRow), principal_yuan: num(row.principal_yuan), annual_rate: num(row.annual_rate), term_years: term, grace_years: grace, interest_subsidy: row.interest_subsidy === null || row.interest_subsidy === undefined || row.interest_subsidy === '' ? 0 : num(row.interest_subsidy), start_date: String(row.start_date ?? '') });
  const numbersReady = [terms.principalYuan, terms.annualRate, terms.termYears].every(Number.isFinite) && typeof row.method === 'string' && typeof row.frequency === 'string';
  const problems = numbersReady ? loanTermsProblems(terms) : [];
  if (problems.length > 0) refuse('invalid-loan', `The loan cannot be scheduled: ${problems.join('; ')}.`, `贷款条件无法生成还款计划：${problems.join('；')}。`);
}

function checkTurnover(db: Database, row: Record<string, unknown>): void {
  const project = typeof row.project_code === 'string' ? row.project_code : '';
  if (project && queryRows(db, 'SELECT 1 FROM linkage_projects WHERE code = ?', [project]).length === 0) {
    refuse('unknown-project', `project_code: there is no linkage project ${project} in this project; choose one from the list.`, `挂钩项目 ${project} 不存在；请从列表中选择。`, 'project_code');
  }
  if (typeof row.returned_date === 'string' && row.returned_date && typeof row.borrowed_date === 'string' && row.returned_date < row.borrowed_date) {
    refuse('invalid-turnover', `returned_date: the quota cannot be returned (${row.returned_date}) before it was borrowed (${row.borrowed_date}).`, `归还日期（${row.returned_date}）不能早于借用日期（${row.borrowed_date}）。`, 'returned_date');
  }
}

function checkTranchePlan(value: unknown): void {
  if (value === null || value === undefined || value === '') return;
  let plan: TranchePlan;
  try {
    plan = (typeof value === 'string' ? JSON.parse(value) : value) as TranchePlan;
  } catch {
    return refuse('invalid-tranche-plan', 'tranche_plan: the tranche plan is not valid JSON.', '付款计划格式无效。', 'tranche_plan');
  }
  const problems = plan && (plan.kind === 'equal_annual' || plan.kind === 'advance_settlement') ? tranchePlanProblems(plan) : ['the plan must be equal annual tranches or an advance plus settlement'];
  if (problems.length > 0) refuse('invalid-tranche-plan', `tranche_plan: ${problems.join('; ')}.`, `付款计划无效：${problems.join('；')}。`, 'tranche_plan');
}

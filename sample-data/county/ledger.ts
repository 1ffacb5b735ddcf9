// The money side of the sample: linkage project records, quota sales that leave part of each surplus unsold, their
// payment tranches (paid up to the sample's reference date, later ones still due), and the relocation loans.
import { squareMetresToMu } from '../../shared/domain/units';
import type { Random } from '../prng';
import type { LinkagePlan } from './linkage-plan';

/** The sample describes the county as of this date, so that it is the same whenever it is generated. */
export const SAMPLE_REFERENCE_DATE = '2024-06-30';

export interface ProjectAreas {
  /** Ellipsoidal m² of accepted or filed parcels, and of construction plots, per project code. */
  readonly acceptedM2: ReadonlyMap<string, number>;
  readonly constructionM2: ReadonlyMap<string, number>;
}

export interface SampleLedger {
  readonly linkageProjects: Record<string, unknown>[];
  readonly transactions: Record<string, unknown>[];
  readonly payments: Record<string, unknown>[];
  readonly loans: Record<string, unknown>[];
  readonly turnover: Record<string, unknown>[];
}

export function buildLedger(plans: readonly LinkagePlan[], areas: ProjectAreas, random: Random): SampleLedger {
  const linkageProjects = plans.map((plan) => ({
    code: plan.code,
    name: plan.name,
    approval_no: `示县挂钩批〔${plan.year}〕${random.int(1, 40)}号（虚构）`,
    approval_date: `${plan.year}-${String(random.int(2, 5)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
    start_date: `${plan.year}-06-01`,
    end_date: `${plan.year + 3}-12-31`,
    remarks: `覆盖乡镇：${plan.townships.map((t) => t.name).join('、')}`,
  }));

  const transactions: Record<string, unknown>[] = [];
  const payments: Record<string, unknown>[] = [];
  for (const plan of plans) {
    const surplusMu = squareMetresToMu(Math.max(0, (areas.acceptedM2.get(plan.code) ?? 0) - (areas.constructionM2.get(plan.code) ?? 0)));
    if (surplusMu < 30) continue;
    // Sell 45–80 % of the surplus, in batches of 200–1,000 mu; the rest stays available.
    let remaining = Math.floor(surplusMu * random.range(0.45, 0.8) * 100) / 100;
    let batch = 0;
    while (remaining >= 20) {
      const mu = Math.min(remaining, Math.round(random.range(200, 1000)));
      remaining = Math.round((remaining - mu) * 100) / 100;
      batch++;
      const cross = plan.ordinal < 2;
      const highStandard = cross && random.chance(0.3);
      const year = plan.year + 1 + batch;
      const code = `JY-${plan.code.slice(3)}-${batch}`;
      const unitPrice = cross ? (highStandard ? 400000 : 300000) : random.int(15, 30) * 10000;
      transactions.push({
        code,
        project_code: plan.code,
        scope: cross ? 'cross_province' : 'intra_province',
        buyer: cross ? `${random.pick(['东部甲省', '东部乙省', '沿海丙省'])}自然资源厅（虚构）` : `省内${random.pick(['甲', '乙', '丙', '丁'])}市土地储备中心（虚构）`,
        quality: highStandard ? 'high_standard' : 'cultivated',
        mu,
        unit_price_yuan: unitPrice,
        contract_date: `${year}-${String(random.int(3, 10)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      });
      const shares = random.pick([[0.5, 0.5], [0.4, 0.3, 0.3], [0.6, 0.4], [0.3, 0.3, 0.4]]);
      shares.forEach((share, k) => {
        const due = `${year + k}-12-31`;
        const paid = due <= SAMPLE_REFERENCE_DATE && random.chance(0.92);
        payments.push({
          code: `ZF-${code.slice(3)}-${k + 1}`,
          transaction_code: code,
          due_date: due,
          paid_date: paid ? `${year + k}-12-${String(random.int(10, 28)).padStart(2, '0')}` : null,
          amount_yuan: Math.round(mu * unitPrice * share),
        });
      });
    }
  }

  const loans = [
    { code: 'DK-01', lender: '国家开发银行（示例）', kind: 'policy_loan', principal_yuan: 147_000_000, annual_rate: 0.0441, start_date: '2016-06-20', term_years: 20, grace_years: 5, method: 'equal_principal', frequency: 'annual', interest_subsidy: 0.9, remarks: '易地扶贫搬迁长期贷款，中央财政贴息 90%（虚构数据）' },
    { code: 'DK-02', lender: '省财政厅（地方政府债券，示例）', kind: 'local_bond', principal_yuan: 42_000_000, annual_rate: 0.0332, start_date: '2016-09-01', term_years: 10, grace_years: 0, method: 'annuity', frequency: 'annual', interest_subsidy: 0, remarks: '地方政府债券（虚构数据）' },
    { code: 'DK-03', lender: '专项建设基金（示例）', kind: 'special_fund', principal_yuan: 21_000_000, annual_rate: 0.012, start_date: '2016-12-01', term_years: 20, grace_years: 3, method: 'equal_principal', frequency: 'annual', interest_subsidy: 0, remarks: '专项建设基金（虚构数据）' },
  ];
  // Turnover quota (周转指标): the first project borrowed ahead and has returned it; the last one still owes it,
  // due three years after borrowing. Fixed, not drawn, so the rest of the sample is the same with or without it.
  const first = plans[0];
  const last = plans.at(-1);
  const turnover = [
    ...(first ? [{ code: 'ZZ-000001', project_code: first.code, mu: 80, borrowed_date: `${first.year}-09-15`, returned_date: `${first.year + 2}-11-30`, remarks: '已由验收节余指标归还（虚构数据）' }] : []),
    ...(last && last !== first ? [{ code: 'ZZ-000002', project_code: last.code, mu: 60, borrowed_date: `${last.year}-08-01`, returned_date: null, remarks: '安置区建设先行使用（虚构数据）' }] : []),
  ];
  return { linkageProjects, transactions, payments, loans, turnover };
}

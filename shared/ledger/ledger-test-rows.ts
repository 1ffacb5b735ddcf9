// A small linkage ledger for the tests: project GG-01 with 3 accepted/filed parcels of 200 mu each (600 mu), one
// completed parcel of 100 mu, 150 mu of construction land (surplus 450 mu) and two sales (200 + 150 mu).
import { muToSquareMetres } from '../domain/units';
import type { LedgerRows } from './ledger-rows';

export function ledgerTestRows(): LedgerRows {
  const m2 = muToSquareMetres;
  return {
    projects: [{ code: 'GG-01', name: '一号挂钩项目' }, { code: 'GG-02', name: '二号挂钩项目' }],
    parcels: [
      { code: 'FK-1', project_code: 'GG-01', status: 'accepted', area_m2: m2(200) },
      { code: 'FK-2', project_code: 'GG-01', status: 'accepted', area_m2: m2(200) },
      { code: 'FK-3', project_code: 'GG-01', status: 'filed', area_m2: m2(200) },
      { code: 'FK-4', project_code: 'GG-01', status: 'completed', area_m2: m2(100) },
      { code: 'FK-5', project_code: 'GG-02', status: 'planned', area_m2: m2(80) },
    ],
    plots: [{ code: 'JX-1', project_code: 'GG-01', area_m2: m2(150) }, { code: 'JX-2', project_code: 'GG-02', area_m2: m2(30) }],
    sales: [
      { code: 'JY-1', project_code: 'GG-01', scope: 'cross_province', buyer: '东部甲省', quality: 'cultivated', mu: 200, unit_price_yuan: 300_000, contract_date: '2021-05-10' },
      { code: 'JY-2', project_code: 'GG-01', scope: 'intra_province', buyer: '省内甲市', quality: null, mu: 150, unit_price_yuan: 250_000, contract_date: '2022-04-01' },
    ],
    payments: [
      { code: 'ZF-1', transaction_code: 'JY-1', due_date: '2021-12-31', paid_date: '2021-12-20', amount_yuan: 30_000_000 },
      { code: 'ZF-2', transaction_code: 'JY-1', due_date: '2022-12-31', paid_date: '2022-12-18', amount_yuan: 30_000_000 },
      { code: 'ZF-3', transaction_code: 'JY-2', due_date: '2022-12-31', paid_date: null, amount_yuan: 18_750_000 },
    ],
    loans: [],
    turnover: [],
    tranchePlans: {},
  };
}

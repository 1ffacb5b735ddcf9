import { describe, expect, it } from 'vitest';
import { ledgerTestRows } from './ledger-test-rows';
import { projectQuotas } from './project-quota';
import { QuotaLedger } from './quota-ledger';

describe('project quota', () => {
  it('counts only accepted or filed parcels, and surplus = accepted − construction', () => {
    const [gg1, gg2] = projectQuotas(ledgerTestRows());
    expect(gg1).toMatchObject({ code: 'GG-01', name: '一号挂钩项目', sold_mu: 350 });
    expect(gg1!.accepted_mu).toBeCloseTo(600, 6);
    expect(gg1!.construction_mu).toBeCloseTo(150, 6);
    expect(gg1!.surplus_mu).toBeCloseTo(450, 6);
    expect(gg1!.available_mu).toBeCloseTo(100, 6);
    // Nothing accepted yet: the surplus is zero, never negative.
    expect(gg2).toMatchObject({ code: 'GG-02', accepted_mu: 0, surplus_mu: 0, sold_mu: 0, available_mu: 0 });
  });
  it('the live ledger reports the same figures as a recount', () => {
    expect(new QuotaLedger(ledgerTestRows()).quotas()).toEqual(projectQuotas(ledgerTestRows()));
  });
});

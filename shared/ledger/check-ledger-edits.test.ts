// A map edit seen as a whole by the ledger: the rows before and after become edits (ledgerRowsDiff) that
// checkLedgerEdits judges by where they end. A split of an accepted parcel moves area and warns of nothing; taking a
// sold project's parcels out of accepted status warns and names the sales; and for any change, the warning comes
// exactly when a project ends with less surplus than before and less than it has sold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enumValues } from '../domain/enums';
import { muToSquareMetres } from '../domain/units';
import { checkLedgerEdits } from './check-ledger-edits';
import { ledgerRowsDiff } from './ledger-rows-diff';
import type { LedgerRows, ParcelRow, QuotaSaleRow } from './ledger-rows';
import { projectQuotas } from './project-quota';
import { QuotaLedger } from './quota-ledger';

const sale = (code: string, project: string, mu: number, buyer: string): QuotaSaleRow => ({ code, project_code: project, scope: 'cross_province', buyer, quality: 'cultivated', mu, unit_price_yuan: 300_000, contract_date: '2024-05-01' });
const parcel = (code: string, project: string, status: string, mu: number): ParcelRow => ({ code, project_code: project, status, area_m2: muToSquareMetres(mu) });

function rowsOf(parcels: ParcelRow[], sales: QuotaSaleRow[], plotMu = 10): LedgerRows {
  return { projects: [{ code: 'GG-01', name: 'A' }, { code: 'GG-02', name: 'B' }], parcels, plots: [{ code: 'JX-1', project_code: 'GG-01', area_m2: muToSquareMetres(plotMu) }], sales, payments: [], loans: [], turnover: [], tranchePlans: {} };
}

describe('checkLedgerEdits on a map change', () => {
  const before = rowsOf([parcel('FK-1', 'GG-01', 'accepted', 60), parcel('FK-2', 'GG-01', 'accepted', 40), parcel('FK-3', 'GG-02', 'planned', 30)], [sale('JY-1', 'GG-01', 70, '浙江省某市'), sale('JY-2', 'GG-01', 15, '某开发区')]);

  it('a split of an accepted parcel warns of nothing', () => {
    const after = { ...before, parcels: [parcel('FK-1', 'GG-01', 'accepted', 35), parcel('FK-1-2', 'GG-01', 'accepted', 25), ...before.parcels.slice(1)] };
    const edits = ledgerRowsDiff(before, after);
    expect(edits.map((e) => e.kind).sort()).toEqual(['put-parcel', 'put-parcel']);
    expect(checkLedgerEdits(new QuotaLedger(before), edits)).toEqual([]);
  });

  it('a parcel leaving accepted status warns and names the sales, their mu, buyer and contract date', () => {
    const after = { ...before, parcels: [parcel('FK-1', 'GG-01', 'completed', 60), ...before.parcels.slice(1)] };
    const issues = checkLedgerEdits(new QuotaLedger(before), ledgerRowsDiff(before, after));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.severity).toBe('warning');
    expect(issues[0]!.transactionCodes).toEqual(['JY-1', 'JY-2']);
    expect(issues[0]!.messageZh).toContain('地块 FK-1 由“已验收”改为');
    expect(issues[0]!.messageZh).toContain('JY-1（70.00 亩，浙江省某市，2024-05-01）');
    expect(issues[0]!.message).toContain('JY-2 (15.00 mu, 某开发区, 2024-05-01)');
  });

  it('deleting an accepted parcel and growing a construction plot are checked too', () => {
    const deleted = { ...before, parcels: before.parcels.slice(1) };
    expect(checkLedgerEdits(new QuotaLedger(before), ledgerRowsDiff(before, deleted))[0]?.messageZh).toContain('删除地块 FK-1');
    const grown = { ...before, plots: [{ code: 'JX-1', project_code: 'GG-01', area_m2: muToSquareMetres(30) }] };
    expect(checkLedgerEdits(new QuotaLedger(before), ledgerRowsDiff(before, grown))[0]?.transactionCodes).toEqual(['JY-2']);
  });

  it('warns exactly when a project ends with less surplus than before and less than it sold', () => {
    const codes = ['FK-1', 'FK-2', 'FK-3', 'FK-4', 'FK-5', 'FK-6'];
    const projectOf = (code: string) => (codes.indexOf(code) % 2 ? 'GG-02' : 'GG-01');
    const parcels = fc.uniqueArray(fc.record({ code: fc.constantFrom(...codes), status: fc.constantFrom(...enumValues('parcel_status')), mu: fc.integer({ min: 0, max: 8000 }).map((h) => h / 100) }), { selector: (p) => p.code, maxLength: 6 })
      .map((list) => list.map((p) => parcel(p.code, projectOf(p.code), p.status, p.mu)));
    const sales = fc.array(fc.integer({ min: 1, max: 6000 }), { maxLength: 3 }).map((mus) => mus.map((m, i) => sale(`JY-${i}`, i % 2 ? 'GG-02' : 'GG-01', m / 100, `买方${i}`)));
    fc.assert(
      fc.property(parcels, parcels, sales, fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), (a, b, sold, plotBefore, plotAfter) => {
        const before = rowsOf(a, sold, plotBefore);
        const after = rowsOf(b, sold, plotAfter);
        const issues = checkLedgerEdits(new QuotaLedger(before), ledgerRowsDiff(before, after));
        const start = new Map(projectQuotas(before).map((q) => [q.code, q.surplus_mu]));
        const breaks = projectQuotas(after).some((q) => q.surplus_mu < (start.get(q.code) ?? 0) - 1e-6 && q.sold_mu > q.surplus_mu + 1e-6);
        expect(issues.length > 0).toBe(breaks);
        for (const issue of issues) expect(issue.transactionCodes?.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });
});

describe('a step that changes many parcels of one project', () => {
  it('gives one warning for the project, naming its parcels and the whole drop', () => {
    const parcels = Array.from({ length: 8 }, (_, i) => parcel(`FK-${i + 1}`, 'GG-01', 'accepted', 20));
    const before = rowsOf(parcels, [sale('JY-1', 'GG-01', 100, '某市')]);
    const after = { ...before, parcels: parcels.map((p) => ({ ...p, status: 'planned' })) };
    const issues = checkLedgerEdits(new QuotaLedger(before), ledgerRowsDiff(before, after));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.messageZh).toContain('此次修改（FK-1、FK-2、FK-3、FK-4、FK-5');
    expect(issues[0]!.messageZh).toContain('等 8 个');
    expect(issues[0]!.messageZh).toContain('节余指标由 150.00 亩降至 0.00 亩');
    expect(issues[0]!.transactionCodes).toEqual(['JY-1']);
  });
});

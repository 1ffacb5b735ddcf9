// The guard reads only the rows a change touched plus per-project sums (areas from geometry); for any change it must
// reach the verdict a full read of the file gives: the same projects warned about, naming the same sales.
import fc from 'fast-check';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { buildSampleProject } from '../../sample-data/build-sample-project';
import { enumValues } from '../../shared/domain/enums';
import { checkLedgerEdits } from '../../shared/ledger/check-ledger-edits';
import { ledgerRowsDiff } from '../../shared/ledger/ledger-rows-diff';
import { QuotaLedger } from '../../shared/ledger/quota-ledger';
import { readLedgerRows } from '../../shared/ledger/read-ledger-rows';
import { deleteFeatures } from '../../shared/project/delete-features';
import { updateFeature } from '../../shared/project/update-feature';
import { startCapture, takeCapturedRows } from './capture-changes';
import { ledgerWarningsOf } from './ledger-guard';

const verdict = (issues: ReturnType<typeof checkLedgerEdits>) =>
  issues
    .filter((i) => i.severity === 'warning')
    .map((i) => `${i.projectCode}:${[...(i.transactionCodes ?? [])].sort().join(',')}`)
    .sort();

describe('the ledger guard of a transaction', () => {
  it('give the same warnings as reading every row, for any change of statuses, projects and deletions', async () => {
    const SQL = await initSqlJs();
    const db = buildSampleProject(SQL, { seed: 7 });
    const parcels = readLedgerRows(db).rows.parcels;
    const fids = db.exec('SELECT fid, code FROM reclaim_parcels')[0]!.values.map((r) => ({ fid: Number(r[0]), code: String(r[1]) }));
    const projects = [...new Set(parcels.map((p) => p.project_code).filter((c): c is string => Boolean(c)))];
    // Demoting most accepted parcels of one project is what breaks sales; random single edits rarely do.
    const acceptedOf = new Map(projects.map((code) => [code, parcels.filter((p) => p.project_code === code && (p.status === 'accepted' || p.status === 'filed')).map((p) => fids.find((f) => f.code === p.code)!.fid)]));
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('demote' as const), project: fc.constantFrom(...projects), share: fc.double({ min: 0.3, max: 1, noNaN: true }) }),
      fc.record({ kind: fc.constant('status' as const), at: fc.nat(fids.length - 1), status: fc.constantFrom(...enumValues('parcel_status')) }),
      fc.record({ kind: fc.constant('project' as const), at: fc.nat(fids.length - 1), project: fc.constantFrom(...projects) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(fids.length - 1) }),
    );
    let warned = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 30 }), (edits) => {
        const full = readLedgerRows(db).rows;
        startCapture(db);
        db.exec('SAVEPOINT t');
        try {
          const deleted = new Set<number>();
          for (const e of edits) {
            if (e.kind === 'demote') {
              const list = acceptedOf.get(e.project)!.filter((f) => !deleted.has(f));
              for (const f of list.slice(0, Math.ceil(list.length * e.share))) updateFeature(db, 'reclaim_parcels', f, { properties: { status: 'planned' } });
              continue;
            }
            const fid = fids[e.at]!.fid;
            if (deleted.has(fid)) continue;
            if (e.kind === 'delete') deleted.add(fid);
            if (e.kind === 'delete') deleteFeatures(db, 'reclaim_parcels', [fid]);
            else updateFeature(db, 'reclaim_parcels', fid, { properties: e.kind === 'status' ? { status: e.status } : { project_code: e.project } });
          }
          const captured = takeCapturedRows(db);
          const fullAfter = readLedgerRows(db).rows;
          const expected = verdict(checkLedgerEdits(new QuotaLedger(full), ledgerRowsDiff(full, fullAfter)));
          const actual = verdict(ledgerWarningsOf(db, captured));
          expect(actual).toEqual(expected);
          if (expected.length > 0) warned++;
        } finally {
          db.exec('ROLLBACK TO t');
          db.exec('RELEASE t');
        }
      }),
      { numRuns: 60 },
    );
    // The property means something only if some of the changes did break sales.
    expect(warned).toBeGreaterThan(5);
  });
});

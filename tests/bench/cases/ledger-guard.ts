// The ledger's guard on map edits at county scale: changing one parcel's status in a 100,000-parcel project, with the
// guard (ledger rows read before and after, diffed and checked by the rules) against the same update without it.
// The guard is paid on every edit of parcels or construction plots, so it should stay small next to the undo
// snapshot the session takes anyway (a full export of the file), which is measured as the anchor.
import initSqlJs from 'sql.js';
import { buildSampleProject } from '../../../sample-data/build-sample-project';
import { guardLedger } from '../../../renderer/src/ledger/worker/ledger-edit-guard';
import { exportProject } from '../../../shared/project/export-project';
import { updateFeature } from '../../../shared/project/update-feature';
import { timeMs, type BenchCase } from '../bench-types';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const bench: BenchCase = {
  title: 'ledger guard on a map edit',
  async run(context) {
    const parcels = context.quick ? 5_000 : 100_000;
    const SQL = await initSqlJs();
    const db = buildSampleProject(SQL, { seed: 1, parcels });
    const fids = (db.exec("SELECT fid FROM reclaim_parcels WHERE status = 'planned' LIMIT 7")[0]?.values ?? []).map((r) => Number(r[0]));
    const guarded: number[] = [];
    const bare: number[] = [];
    const snapshot: number[] = [];
    for (let i = 0; i < fids.length; i++) {
      const fid = fids[i]!;
      // planned → in_progress moves no quota: the guard passes it, so each round measures the full check.
      guarded.push(await timeMs(() => guardLedger(db, 'reclaim_parcels', false, () => updateFeature(db, 'reclaim_parcels', fid, { properties: { status: 'in_progress' } }))));
      bare.push(await timeMs(() => updateFeature(db, 'reclaim_parcels', fid, { properties: { status: 'planned' } })));
      snapshot.push(await timeMs(() => exportProject(db)));
    }
    db.close();
    const label = `${parcels / 1000}k parcels`;
    const guardMs = median(guarded) - median(bare);
    return [
      { name: `ledger guard on one status edit (${label})`, value: guardMs, unit: 'ms', anchor: { name: 'undo snapshot of the file', value: median(snapshot), unit: 'ms' }, ratio: guardMs / median(snapshot), goal: '≤ 1.0× (small next to the snapshot)', note: `median of ${fids.length}; edit without guard ${median(bare).toFixed(1)} ms` },
    ];
  },
};

export default bench;

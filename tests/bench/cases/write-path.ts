// One edit through the write path at county scale, in the project worker's session: a status change and a boundary
// change of one parcel in a 100,000-parcel project (transaction with capture, ledger guard and audit; the change set
// kept as the undo step; the delta the UI receives). Anchors, in the same run: the path before change sets, which
// re-read every map layer after each edit (readLayer of the six layers) and kept an undo snapshot of the file (a
// full export), and the bare UPDATE of the row without any rule.
import initSqlJs from 'sql.js';
import type { Polygon } from 'geojson';
import { buildSampleProject } from '../../../sample-data/build-sample-project';
import { exportProject } from '../../../shared/project/export-project';
import { readLayer } from '../../../shared/project/read-layer';
import { decodeGeometryBlob } from '../../../shared/gpkg/geometry-blob';
import { ProjectSession, VIEW_TABLES } from '../../../renderer/src/worker/project-session';
import { timeMs, type BenchCase } from '../bench-types';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const bench: BenchCase = {
  title: 'write path: one edit at county scale',
  async run(context) {
    const parcels = context.quick ? 5_000 : 100_000;
    const SQL = await initSqlJs();
    const bytes = buildSampleProject(SQL, { seed: 1, parcels }).export();
    const session = new ProjectSession(SQL);
    session.open(bytes, 'bench.gpkg');
    const db = session.database();
    const fids = (db.exec("SELECT fid FROM reclaim_parcels WHERE status = 'planned' LIMIT 7")[0]?.values ?? []).map((r) => Number(r[0]));
    const edit: number[] = [];
    const bare: number[] = [];
    const wholeView: number[] = [];
    const snapshot: number[] = [];
    const statusStep: number[] = [];
    const boundaryStep: number[] = [];
    for (const fid of fids) {
      let size = session.historySize();
      edit.push(await timeMs(() => session.updateFeature('reclaim_parcels', fid, { status: 'in_progress' }, undefined)));
      statusStep.push(session.historySize() - size);
      bare.push(await timeMs(() => db.run('UPDATE reclaim_parcels SET status = ? WHERE fid = ?', ['in_progress', fid])));
      wholeView.push(await timeMs(() => VIEW_TABLES.forEach((table) => readLayer(db, table))));
      snapshot.push(await timeMs(() => exportProject(db)));
      const blob = db.exec(`SELECT geom FROM reclaim_parcels WHERE fid = ${fid}`)[0]!.values[0]![0] as Uint8Array;
      const shape = decodeGeometryBlob(blob).geometry as Polygon | { type: 'MultiPolygon'; coordinates: Polygon['coordinates'][] };
      const moved = JSON.parse(JSON.stringify(shape).replace(/(\d+\.\d{6})\d*/g, (m) => String(Number(m) + 0.000001)));
      size = session.historySize();
      session.updateFeature('reclaim_parcels', fid, undefined, moved);
      boundaryStep.push(session.historySize() - size);
    }
    const label = `${parcels / 1000}k parcels`;
    const editMs = median(edit);
    return [
      { name: `status edit through the write path (${label})`, value: editMs, unit: 'ms', anchor: { name: 'whole-view re-read + undo snapshot (before)', value: median(wholeView) + median(snapshot), unit: 'ms' }, ratio: editMs / (median(wholeView) + median(snapshot)), goal: '≪ 1×', note: `bare UPDATE ${median(bare).toFixed(2)} ms; median of ${fids.length}` },
      { name: `undo memory of one attribute edit (${label})`, value: median(statusStep) / 1024, unit: 'KB', goal: '≤ 10 KB' },
      { name: `undo memory of one boundary edit (${label})`, value: median(boundaryStep) / 1024, unit: 'KB' },
    ];
  },
};

export default bench;

// Undo and redo in the project worker, kept as change sets: any sequence of edits, undone to the start and redone to
// the end, gives back exactly the states it went through; a feature module's change (field verification, merge) is a
// step like any other.
import fc from 'fast-check';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProjectSession } from './project-session';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs();
});

/** What a user sees of the project: every layer's rows (geometry included) and the ledger's tables. */
function state(session: ProjectSession): string {
  const db = session.database();
  const tables = ['reclaim_parcels', 'old_houses', 'quota_transactions', 'landlink_meta'];
  return JSON.stringify(tables.map((t) => db.exec(`SELECT * FROM ${t} ORDER BY 1`)));
}

const square = (i: number) => ({ type: 'Polygon' as const, coordinates: [[[114 + i * 0.01, 38], [114.005 + i * 0.01, 38], [114.005 + i * 0.01, 38.005], [114 + i * 0.01, 38]]] });

describe('undo history as change sets', () => {
  it('undoes any sequence of edits back to the start and redoes it to the end, state by state', async () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('status' as const), pick: fc.nat(), status: fc.constantFrom('planned', 'completed', 'accepted') }),
      fc.record({ kind: fc.constant('insert' as const), n: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('import' as const), n: fc.integer({ min: 1, max: 40 }) }),
      fc.record({ kind: fc.constant('outside' as const), pick: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), async (edits) => {
        const session = new ProjectSession(SQL);
        session.createNew('t', 't');
        const states = [state(session)];
        let serial = 0;
        for (const e of edits) {
          const fids = (session.database().exec('SELECT fid FROM reclaim_parcels ORDER BY fid')[0]?.values ?? []).map((r) => Number(r[0]));
          const pick = fids.length > 0 && 'pick' in e ? fids[e.pick % fids.length]! : undefined;
          const sizeBefore = session.historySize();
          if (e.kind === 'status' && pick !== undefined) session.updateFeature('reclaim_parcels', pick, { status: e.status }, undefined);
          else if (e.kind === 'insert') session.insertFeatures('reclaim_parcels', Array.from({ length: e.n }, () => ({ properties: { status: 'planned' }, geometry: square(serial++) })));
          else if (e.kind === 'delete' && pick !== undefined) session.deleteFeatures('reclaim_parcels', [pick]);
          else if (e.kind === 'import') {
            const features = Array.from({ length: e.n }, () => ({ type: 'Feature' as const, properties: { status: 'planned' }, geometry: square(serial++) }));
            await session.importCollection('reclaim_parcels', { type: 'FeatureCollection', features }, 'test.geojson');
          } else if (e.kind === 'outside') {
            // A feature module's change goes through the same write path and is its own step.
            session.applyChange((db) => db.run("UPDATE landlink_meta SET value = value || '+' WHERE key = 'project_name'"), { zh: '改名', en: 'Rename' });
          } else continue;
          // A change that changed nothing (a status set to what it was) is no step of the history.
          if (session.historySize() === sizeBefore && state(session) === states.at(-1)) continue;
          states.push(state(session));
        }
        const steps = states.length - 1;
        for (let i = steps; i > 0; i--) {
          expect(session.undo()).not.toBeNull();
          expect(state(session)).toBe(states[i - 1]);
        }
        expect(session.undo()).toBeNull();
        for (let i = 1; i <= steps; i++) {
          expect(session.redo()).not.toBeNull();
          expect(state(session)).toBe(states[i]);
        }
        expect(session.redo()).toBeNull();
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe('undo history size', () => {
  it('keeps a few hundred bytes per attribute edit of the sample county, not pages of the file', () => {
    const session = new ProjectSession(SQL);
    session.openSample();
    const fileSize = session.exportBytes().length;
    const fids = (session.database().exec('SELECT fid FROM reclaim_parcels ORDER BY fid LIMIT 10')[0]!.values).map((r) => Number(r[0]));
    for (const fid of fids) session.updateFeature('reclaim_parcels', fid, { status: 'completed' }, undefined);
    expect(session.historySize()).toBeLessThan(fids.length * 10 * 1024);
    expect(session.historySize()).toBeLessThan(fileSize / 4);
    for (let i = 0; i < fids.length; i++) session.undo();
    expect(session.database().exec("SELECT count(*) FROM reclaim_parcels WHERE status = 'completed' AND fid IN (" + fids.join(',') + ')')[0]!.values[0]![0]).toBe(
      Number(new ProjectSession(SQL).openSample().layers.find((l) => l.table === 'reclaim_parcels')!.features.features.filter((f) => fids.includes(Number(f.properties?.['fid'])) && f.properties?.['status'] === 'completed').length),
    );
  });
});

describe('saving between edits', () => {
  it('keeps undo exact when the saved bytes are transferred away (the worker posts them with transfer)', () => {
    const session = new ProjectSession(SQL);
    session.createNew('t', 't');
    const states = [state(session)];
    session.insertFeatures('reclaim_parcels', [{ properties: { status: 'planned' }, geometry: square(0) }]);
    states.push(state(session));
    const saved = session.exportBytes();
    structuredClone(saved, { transfer: [saved.buffer] }); // as postMessage with transfer does: `saved` is emptied
    expect(saved.byteLength).toBe(0);
    // The user saves again (the crash journal does every 30 s) and goes on editing.
    const again = session.exportBytes();
    structuredClone(again, { transfer: [again.buffer] });
    session.insertFeatures('reclaim_parcels', [{ properties: { status: 'planned' }, geometry: square(1) }]);
    states.push(state(session));
    session.undo();
    expect(state(session)).toBe(states[1]);
    session.undo();
    expect(state(session)).toBe(states[0]);
    session.redo();
    session.redo();
    expect(state(session)).toBe(states[2]);
  });
});

// The write path's transactions on the sample county: each rule refuses what it must and leaves the project as it
// was, and the change set a transaction returns is exactly what it did (inverted it undoes it, applied to a copy of
// the start it redoes it).
import fc from 'fast-check';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSampleProject } from '../../sample-data';
import { insertFeatures } from '../project/insert-features';
import { updateFeature } from '../project/update-feature';
import { deleteFeatures } from '../project/delete-features';
import { FeatureWriteError } from '../project/feature-write-error';
import { applyChangeSet, invertChangeSet, LedgerWarningsError, runTransaction, type ChangeSet } from './index';

let SQL: SqlJsStatic;
let sampleBytes: Uint8Array;
beforeAll(async () => {
  SQL = await initSqlJs();
  sampleBytes = buildSampleProject(SQL, { seed: 1 }).export();
});

const open = (): Database => new SQL.Database(sampleBytes);

/** Every project table's rows, as a user or another tool could see them. */
function state(db: Database): string {
  const tables = db.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'gpkg_%' AND name NOT LIKE 'sqlite_%' ORDER BY name")[0]!.values.map((r) => String(r[0]));
  return JSON.stringify(tables.map((t) => [t, db.exec(`SELECT * FROM "${t}" ORDER BY rowid`)[0]?.values ?? []]));
}

const fidOf = (db: Database, table: string, where: string): number => Number(db.exec(`SELECT fid FROM ${table} WHERE ${where} ORDER BY fid LIMIT 1`)[0]!.values[0]![0]);
const bowtie = { type: 'Polygon' as const, coordinates: [[[114, 38.8], [114.002, 38.802], [114.002, 38.8], [114, 38.802], [114, 38.8]]] };

describe('runTransaction', () => {
  it('returns the status change as one update of one column, and logs one audit line for it', () => {
    const db = open();
    const fid = fidOf(db, 'reclaim_parcels', "status = 'planned'");
    const { changeSet } = runTransaction(db, (d) => updateFeature(d, 'reclaim_parcels', fid, { properties: { status: 'in_progress' } }), { user: 'test' });
    const parcelChanges = changeSet.changes.filter((c) => c.table === 'reclaim_parcels');
    expect(parcelChanges).toHaveLength(1);
    expect(parcelChanges[0]).toMatchObject({ rowid: fid, op: 'update', before: { status: 'planned' }, after: { status: 'in_progress' } });
    const audit = changeSet.changes.filter((c) => c.table === 'audit_log');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ action: 'update', table_name: 'reclaim_parcels', user: 'test' });
  });

  it('undoes exactly with the inverted change set, and redoes on a copy of the start', () => {
    const db = open();
    const start = state(db);
    const copy = new SQL.Database(db.export());
    const fid = fidOf(db, 'reclaim_parcels', '1');
    const { changeSet } = runTransaction(db, (d) => {
      updateFeature(d, 'reclaim_parcels', fid, { properties: { status: 'completed', remarks: '复核' } });
      insertFeatures(d, 'reclaim_parcels', [{ properties: { status: 'planned' }, geometry: { type: 'Polygon', coordinates: [[[114.1, 38.9], [114.101, 38.9], [114.101, 38.901], [114.1, 38.901], [114.1, 38.9]]] } }]);
      deleteFeatures(d, 'old_houses', [fidOf(d, 'old_houses', '1')]);
    });
    const end = state(db);
    applyChangeSet(copy, changeSet);
    expect(state(copy)).toBe(end);
    applyChangeSet(db, invertChangeSet(changeSet));
    expect(state(db)).toBe(start);
  });

  it('refuses a self-intersecting parcel and changes nothing', () => {
    const db = open();
    const start = state(db);
    expect(() => runTransaction(db, (d) => insertFeatures(d, 'reclaim_parcels', [{ properties: { status: 'planned' }, geometry: bowtie }]))).toThrowError(FeatureWriteError);
    try {
      runTransaction(db, (d) => insertFeatures(d, 'reclaim_parcels', [{ properties: { status: 'planned' }, geometry: bowtie }]));
    } catch (error) {
      expect((error as FeatureWriteError).code).toBe('invalid-geometry');
      expect((error as FeatureWriteError).message).toMatch(/crosses itself/);
    }
    expect(state(db)).toBe(start);
  });

  it('stores codes and project codes in one spelling, so quota cannot leave its project', () => {
    const db = open();
    const project = String(db.exec('SELECT code FROM linkage_projects LIMIT 1')[0]!.values[0]![0]);
    const [fid] = runTransaction(db, (d) => insertFeatures(d, 'construction_plots', [{ properties: { code: ' jx-test-1 ', project_code: `${project.toLowerCase()} `, status: 'planned' }, geometry: { type: 'Polygon', coordinates: [[[114.1, 38.9], [114.1001, 38.9], [114.1001, 38.9001], [114.1, 38.9001], [114.1, 38.9]]] } }]), { acceptLedgerWarnings: true }).result;
    expect(db.exec(`SELECT code, project_code FROM construction_plots WHERE fid = ${fid}`)[0]!.values[0]).toEqual(['JX-TEST-1', project]);
  });

  it('fills township and village from the admin area a new parcel lies in', () => {
    const db = open();
    const village = db.exec("SELECT name, geom FROM admin_areas WHERE level = 'village' LIMIT 1")[0]!.values[0]!;
    // A small square around a point inside that village: the middle of a parcel already there.
    const parcel = db.exec(`SELECT township, village FROM reclaim_parcels WHERE village = '${String(village[0])}' LIMIT 1`)[0]?.values[0];
    const sample = db.exec(`SELECT geom FROM reclaim_parcels WHERE village = '${String(village[0])}' LIMIT 1`)[0]?.values[0]?.[0];
    expect(parcel && sample).toBeTruthy();
    const inserted = runTransaction(db, (d) => {
      const existing = d.exec(`SELECT fid FROM reclaim_parcels WHERE village = '${String(village[0])}' LIMIT 1`)[0]!.values[0]![0];
      return insertFeatures(d, 'reclaim_parcels', [{ properties: { status: 'planned' }, geometry: shrunkParcel(d, Number(existing)) }]);
    });
    const [fid] = inserted.result;
    expect(db.exec(`SELECT township, village FROM reclaim_parcels WHERE fid = ${fid}`)[0]!.values[0]).toEqual(parcel);
  });

  it('refuses a construction plot that takes sold quota away, naming the sale; accepted, it is logged', () => {
    const db = open();
    const sold = db.exec('SELECT t.project_code, t.code FROM quota_transactions t ORDER BY t.mu DESC LIMIT 1')[0]!.values[0]!;
    const project = String(sold[0]);
    const big = { type: 'Polygon' as const, coordinates: [[[114.3, 38.6], [114.32, 38.6], [114.32, 38.62], [114.3, 38.62], [114.3, 38.6]]] }; // ≈ 3.8 km², far beyond any surplus
    const start = state(db);
    let refused: unknown;
    try {
      runTransaction(db, (d) => insertFeatures(d, 'construction_plots', [{ properties: { project_code: project, status: 'built' }, geometry: big }]));
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(LedgerWarningsError);
    expect((refused as LedgerWarningsError).message).toContain(String(sold[1]));
    expect(state(db)).toBe(start);
    const accepted = runTransaction(db, (d) => insertFeatures(d, 'construction_plots', [{ properties: { project_code: project, status: 'built' }, geometry: big }]), { acceptLedgerWarnings: true });
    expect(accepted.ledgerWarnings.length).toBeGreaterThan(0);
    expect(Number(db.exec("SELECT count(*) FROM audit_log WHERE action = 'ledger_warning'")[0]!.values[0]![0])).toBeGreaterThan(0);
  });
});

/** The parcel's shape shrunk towards its middle: a new parcel surely inside the same village. */
function shrunkParcel(db: Database, fid: number) {
  const bbox = db.exec(`SELECT geom FROM reclaim_parcels WHERE fid = ${fid}`)[0]!.values[0]![0] as Uint8Array;
  // The GeoPackage header of Landlink's blobs carries the envelope (minx, maxx, miny, maxy) as doubles after 8 bytes.
  const view = new DataView(bbox.buffer, bbox.byteOffset);
  const [minX, maxX, minY, maxY] = [view.getFloat64(8, true), view.getFloat64(16, true), view.getFloat64(24, true), view.getFloat64(32, true)];
  const [cx, cy, dx, dy] = [(minX + maxX) / 2, (minY + maxY) / 2, (maxX - minX) / 8, (maxY - minY) / 8];
  return { type: 'Polygon' as const, coordinates: [[[cx - dx, cy - dy], [cx + dx, cy - dy], [cx + dx, cy + dy], [cx - dx, cy + dy], [cx - dx, cy - dy]]] };
}

describe('change sets (property)', () => {
  it('for any sequence of transactions: undo all gives the start, redo all the end, and each change set redoes its step on a copy', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('status' as const), pick: fc.nat(), status: fc.constantFrom('planned', 'in_progress', 'completed', 'accepted', 'filed') }),
      fc.record({ kind: fc.constant('insert' as const), x: fc.integer({ min: 0, max: 50 }) }),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('remark' as const), pick: fc.nat(), text: fc.string({ maxLength: 6 }) }),
      fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), d: fc.integer({ min: 1, max: 9 }) }),
    );
    // A small county (60 parcels) keeps each run quick; the rules are the same as at full size.
    const baseBytes = buildSampleProject(SQL, { seed: 2, parcels: 60 }).export();
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 6 }), (steps) => {
        const db = new SQL.Database(baseBytes);
        const states = [state(db)];
        const sets: ChangeSet[] = [];
        for (const s of steps) {
          const fids = db.exec('SELECT fid FROM reclaim_parcels ORDER BY fid')[0]!.values.map((r) => Number(r[0]));
          const fid = 'pick' in s ? fids[s.pick % fids.length]! : 0;
          const before = new SQL.Database(db.export());
          const { changeSet } = runTransaction(
            db,
            (d) => {
              if (s.kind === 'status') updateFeature(d, 'reclaim_parcels', fid, { properties: { status: s.status } });
              else if (s.kind === 'remark') updateFeature(d, 'reclaim_parcels', fid, { properties: { remarks: s.text } });
              else if (s.kind === 'delete') deleteFeatures(d, 'reclaim_parcels', [fid]);
              else if (s.kind === 'move') updateFeature(d, 'reclaim_parcels', fid, { geometry: { type: 'Polygon', coordinates: [[[114 + s.d / 1000, 38.7], [114.0005 + s.d / 1000, 38.7], [114.0005 + s.d / 1000, 38.7005], [114 + s.d / 1000, 38.7], [114 + s.d / 1000, 38.7]]] } });
              else insertFeatures(d, 'reclaim_parcels', [{ properties: { status: 'planned' }, geometry: { type: 'Polygon', coordinates: [[[114 + s.x / 1000, 38.9], [114.0005 + s.x / 1000, 38.9], [114.0005 + s.x / 1000, 38.9005], [114 + s.x / 1000, 38.9], [114 + s.x / 1000, 38.9]]] } }]);
            },
            { acceptLedgerWarnings: true },
          );
          applyChangeSet(before, changeSet);
          expect(state(before)).toBe(state(db));
          before.close();
          sets.push(changeSet);
          states.push(state(db));
        }
        for (let i = sets.length - 1; i >= 0; i--) applyChangeSet(db, invertChangeSet(sets[i]!));
        expect(state(db)).toBe(states[0]);
        for (const set of sets) applyChangeSet(db, set);
        expect(state(db)).toBe(states.at(-1));
        db.close();
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 10) },
    );
  });
});

describe('change sets on the wire', () => {
  it('come back from their JSON byte for byte, and applied give the same project; geometry is WKB in hex', async () => {
    const { encodeChangeSet, decodeChangeSet } = await import('./change-set-wire');
    const db = open();
    const copy = new SQL.Database(db.export());
    const fid = fidOf(db, 'reclaim_parcels', '1');
    const { changeSet } = runTransaction(db, (d) => {
      updateFeature(d, 'reclaim_parcels', fid, { properties: { status: 'completed' }, geometry: { type: 'Polygon', coordinates: [[[114.1, 38.9], [114.102, 38.9], [114.102, 38.902], [114.1, 38.902], [114.1, 38.9]]] } });
      insertFeatures(d, 'photos', [{ properties: { code: 'ZP-WIRE', data: new Uint8Array([0xff, 0xd8, 0xff, 0, 1, 2, 250]), content_type: 'image/jpeg' } }]);
    });
    const text = encodeChangeSet(changeSet);
    expect(text).toMatch(/"\$wkb":"01(03|06)0000/);
    const back = decodeChangeSet(text);
    expect(back).toEqual(changeSet);
    applyChangeSet(copy, back);
    expect(state(copy)).toBe(state(db));
  });
});

import fc from 'fast-check';
import type { Database } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { loadSqlJs } from '../node/load-sql-js';
import { createEmptyProject } from '../project/create-empty-project';
import { deleteFeatures } from '../project/delete-features';
import { exportProject } from '../project/export-project';
import { insertFeatures } from '../project/insert-features';
import { updateFeature } from '../project/update-feature';
import { readContentsExtent, refreshContentsExtent } from './contents';
import { encodeGeometryBlob } from './geometry-blob';
import { extentMayBeStale } from './extent-tracking';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

const house = (code: string, x: number, y: number) => ({ properties: { code, status: 'pending' }, geometry: { type: 'Point' as const, coordinates: [x, y] } });

/** The extent a full recomputation gives, on a copy so the project under test is left alone. */
function trueExtent(db: Database): ReturnType<typeof readContentsExtent> {
  const copy = new SQL.Database(db.export());
  try {
    return refreshContentsExtent(copy, 'old_houses', 'geom');
  } finally {
    copy.close();
  }
}

describe('extent tracking', () => {
  it('keeps a layer current through Landlink inserts and attribute edits, and marks it on any other geometry change', () => {
    const db = createEmptyProject(SQL, { name: 't', county: 't' });
    insertFeatures(db, 'old_houses', [house('JF-1', 114, 38), house('JF-2', 114.5, 38.5)]);
    expect(extentMayBeStale(db, 'old_houses')).toBe(false);
    const [fid] = db.exec("SELECT fid FROM old_houses WHERE code = 'JF-2'")[0]!.values[0]! as number[];
    updateFeature(db, 'old_houses', fid!, { properties: { status: 'demolished' } });
    expect(extentMayBeStale(db, 'old_houses')).toBe(false);
    updateFeature(db, 'old_houses', fid!, { geometry: { type: 'Point', coordinates: [114.2, 38.2] } });
    expect(extentMayBeStale(db, 'old_houses')).toBe(true);
    exportProject(db);
    expect(extentMayBeStale(db, 'old_houses')).toBe(false);
    expect(readContentsExtent(db, 'old_houses')).toEqual([114, 38, 114.2, 38.2]);
    db.run('INSERT INTO old_houses (geom, code, status) VALUES (?, ?, ?)', [encodeGeometryBlob({ type: 'Point', coordinates: [115, 39] }, 4490), 'JF-RAW', 'pending']);
    expect(extentMayBeStale(db, 'old_houses')).toBe(true);
    db.close();
  });

  it('counts a layer of a project opened from bytes as out of date until it is saved', () => {
    const db = createEmptyProject(SQL, { name: 't', county: 't' });
    const opened = new SQL.Database(exportProject(db));
    expect(extentMayBeStale(opened, 'old_houses')).toBe(true);
    db.close();
    opened.close();
  });

  it('saves the true extent after any mix of inserts, moves, attribute edits, deletes and other tools’ SQL', () => {
    const coordinate = fc.tuple(fc.double({ min: 110, max: 118, noNaN: true }), fc.double({ min: 30, max: 42, noNaN: true }));
    const step = fc.oneof(
      fc.record({ kind: fc.constant('insert' as const), at: coordinate }),
      fc.record({ kind: fc.constant('raw-insert' as const), at: coordinate }),
      fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), at: coordinate }),
      fc.record({ kind: fc.constant('edit' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('raw-delete' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('save' as const) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const db = createEmptyProject(SQL, { name: 't', county: 't' });
        let serial = 0;
        const fids = () => (db.exec('SELECT fid FROM old_houses ORDER BY fid')[0]?.values ?? []).map((row) => Number(row[0]));
        for (const s of steps) {
          const existing = fids();
          const pick = 'pick' in s && existing.length > 0 ? existing[s.pick % existing.length]! : undefined;
          if (s.kind === 'insert') insertFeatures(db, 'old_houses', [house(`JF-${serial++}`, ...s.at)]);
          else if (s.kind === 'raw-insert') db.run('INSERT INTO old_houses (geom, code, status) VALUES (?, ?, ?)', [encodeGeometryBlob({ type: 'Point', coordinates: s.at }, 4490), `JF-${serial++}`, 'pending']);
          else if (s.kind === 'move' && pick !== undefined) updateFeature(db, 'old_houses', pick, { geometry: { type: 'Point', coordinates: s.at } });
          else if (s.kind === 'edit' && pick !== undefined) updateFeature(db, 'old_houses', pick, { properties: { status: 'retained' } });
          else if (s.kind === 'delete' && pick !== undefined) deleteFeatures(db, 'old_houses', [pick]);
          else if (s.kind === 'raw-delete' && pick !== undefined) db.run('DELETE FROM old_houses WHERE fid = ?', [pick]);
          else if (s.kind === 'save') exportProject(db);
        }
        const saved = new SQL.Database(exportProject(db));
        expect(readContentsExtent(saved, 'old_houses')).toEqual(trueExtent(db));
        saved.close();
        db.close();
      }),
      { numRuns: 60 },
    );
  });
});

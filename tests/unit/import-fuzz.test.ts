// Fuzzing the import path: hundreds of mutated county files (truncated, bytes flipped, parts swapped) go through
// read → map → import. Each must be refused with a clear bilingual message or imported correctly; nothing may crash
// or hang, and a refused import leaves the project exactly as it was.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { importFile } from '../../shared/formats/import-file';
import { FormatReadError } from '../../shared/formats/read-error';
import { ReadCancelledError } from '../../shared/formats/progress';
import { FeatureWriteError } from '../../shared/project/feature-write-error';
import { createEmptyProject } from '../../shared/project/create-empty-project';
import { exportProject } from '../../shared/project/export-project';
import { importGeoJSON } from '../../shared/project/import-geojson';

const fixtures = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(fixtures, name)));

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs();
});

/** Source file sets as staff pick them: a shapefile's parts, a zip, KML, CSV/XLSX corner tables, GeoJSON. */
function sources(): { name: string; files: Map<string, Uint8Array> }[] {
  const shapefileParts = new Map(Object.entries(unzipSync(read('dltb-gbk-gk38.zip'))));
  return [
    { name: 'GBK shapefile parts', files: shapefileParts },
    { name: 'GBK shapefile zip', files: new Map([['dltb.zip', read('dltb-gbk-gk38.zip')]]) },
    { name: 'KML', files: new Map([['dltb.kml', read('dltb.kml')]]) },
    { name: 'CSV corners', files: new Map([['corners-gbk.csv', read('corners-gbk.csv')]]) },
    { name: 'XLSX corners', files: new Map([['corners.xlsx', read('corners.xlsx')]]) },
    { name: 'GeoJSON', files: new Map([['dltb.geojson', read('dltb.geojson')]]) },
  ];
}

type Mutation = { kind: 'truncate'; at: number } | { kind: 'flip'; at: number; mask: number; count: number } | { kind: 'swap' };

function mutate(files: Map<string, Uint8Array>, target: number, mutation: Mutation): Map<string, Uint8Array> {
  const names = [...files.keys()];
  const name = names[target % names.length]!;
  const original = files.get(name)!;
  const out = new Map(files);
  if (mutation.kind === 'truncate') out.set(name, original.slice(0, Math.floor(mutation.at * original.length)));
  else if (mutation.kind === 'flip') {
    const bytes = original.slice();
    for (let i = 0; i < mutation.count; i++) {
      const at = Math.floor(((mutation.at + i * 0.137) % 1) * bytes.length);
      bytes[at] = (bytes[at] ?? 0) ^ mutation.mask;
    }
    out.set(name, bytes);
  } else if (names.length > 1) {
    // Two parts of a shapefile exchanged (e.g. the .dbf given as the .shp).
    const other = names[(target + 1) % names.length]!;
    out.set(name, files.get(other)!);
    out.set(other, original);
  } else out.set(name, original.slice().reverse());
  return out;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), mask: fc.integer({ min: 1, max: 255 }), count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant('swap' as const) }),
);

/** Refusals a person can act on; anything else (TypeError, RangeError…) is a crash. */
function isCleanRefusal(error: unknown): boolean {
  if (error instanceof FormatReadError || error instanceof FeatureWriteError) return error.message.length > 0 && error.messageZh.length > 0;
  return error instanceof ReadCancelledError;
}

describe('import fuzzing', () => {
  it('the unmutated sources import (so the fuzzing starts from working files)', async () => {
    for (const source of sources()) {
      const prepared = await importFile(source.files, { table: 'reclaim_parcels', defaults: { status: 'planned' }, sql: SQL });
      expect(prepared.collection.features.length, source.name).toBeGreaterThan(0);
      expect(prepared.problems, source.name).toEqual([]);
    }
  });

  for (const source of sources()) {
    it(`every mutation of the ${source.name} is refused cleanly or imported correctly`, async () => {
      const outcomes = { refusedOnRead: 0, refusedOnImport: 0, imported: 0 };
      await fc.assert(
        fc.asyncProperty(fc.nat(), mutation, async (target, change) => {
          const files = mutate(source.files, target, change);
          let prepared;
          try {
            prepared = await importFile(files, { table: 'reclaim_parcels', defaults: { status: 'planned' }, sql: SQL });
          } catch (error) {
            if (!isCleanRefusal(error)) throw error;
            outcomes.refusedOnRead++;
            return;
          }
          const db = createEmptyProject(SQL, { name: 'fuzz', county: 'fuzz' });
          const before = exportProject(db);
          const countBefore = Number(db.exec('SELECT COUNT(*) FROM reclaim_parcels')[0]!.values[0]![0]);
          try {
            const result = importGeoJSON(db, 'reclaim_parcels', prepared.collection);
            expect(result.inserted).toBe(prepared.collection.features.length);
            expect(Number(db.exec('SELECT COUNT(*) FROM reclaim_parcels')[0]!.values[0]![0])).toBe(countBefore + result.inserted);
            outcomes.imported++;
          } catch (error) {
            if (!isCleanRefusal(error)) throw error;
            outcomes.refusedOnImport++;
            // A refused import leaves the project byte for byte as it was.
            expect(Buffer.from(exportProject(db)).equals(Buffer.from(before))).toBe(true);
          } finally {
            db.close();
          }
        }),
        { numRuns: 80 },
      );
      // Both paths were exercised: some mutations are refused, some still import (e.g. a flipped byte in a name).
      expect(outcomes.refusedOnRead + outcomes.refusedOnImport + outcomes.imported).toBe(80);
    }, 120_000);
  }
});

// Every rule of the write path, case by case from one table, through the app's project worker (ProjectSession, what
// the worker runs) and through `landlink import`: both must refuse (or accept) the same change, with the same
// sentence from the rule in their message, and a refused change leaves the project as it was (the CLI's file
// byte-identical). The rule's sentence is taken from the write path itself (a transaction on a copy), the oracle.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleProject } from '../../sample-data';
import { importGeoJSON } from '../../shared/project/import-geojson';
import { FeatureWriteError } from '../../shared/project/feature-write-error';
import { runTransaction } from '../../shared/write/transaction';
import { LedgerWarningsError } from '../../shared/write/ledger-warnings-error';
import { ProjectSession } from '../../renderer/src/worker/project-session';

const repoRoot = path.resolve(__dirname, '../..');
const bin = path.join(repoRoot, 'shared/cli/bin.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'landlink-rules-'));
let SQL: SqlJsStatic;
let sample: Uint8Array;

beforeAll(async () => {
  SQL = await initSqlJs();
  sample = buildSampleProject(SQL, { seed: 3 }).export();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const square = (x: number, y: number, d: number): Polygon => ({ type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] });
const feature = (properties: Record<string, unknown>, geometry: Polygon): Feature<Polygon> => ({ type: 'Feature', properties, geometry });
const scalar = (db: Database, sql: string) => db.exec(sql)[0]?.values[0]?.[0];

interface RuleCase {
  readonly rule: string;
  readonly table: 'reclaim_parcels' | 'construction_plots';
  /** Prepares the project (as another tool may have left it) before the change is tried. */
  readonly prepare?: (db: Database) => void;
  readonly features: (db: Database) => Feature[];
  /** Refused with this rule's sentence, or accepted and then checked. */
  readonly expect: { refused: RegExp } | { accepted: (db: Database) => void };
}

/** A sold project and a plot of about `mu` mu inside the county, for the ledger's cases. */
function soldProject(db: Database): { code: string; sale: string; available: number } {
  const row = db.exec('SELECT project_code, code FROM quota_transactions ORDER BY mu DESC LIMIT 1')[0]!.values[0]!;
  return { code: String(row[0]), sale: String(row[1]), available: 0 };
}
const plotOfMu = (mu: number) => {
  const side = Math.sqrt((mu * 666.67) / (111_320 * 86_700)); // degrees at 38.8° N, roughly
  return square(114.2, 38.75, side);
};

const CASES: RuleCase[] = [
  {
    rule: 'a self-intersecting ring is refused',
    table: 'reclaim_parcels',
    features: () => [feature({ status: 'planned' }, { type: 'Polygon', coordinates: [[[114, 38.8], [114.002, 38.802], [114.002, 38.8], [114, 38.802], [114, 38.8]]] })],
    expect: { refused: /crosses itself/ },
  },
  {
    rule: 'a ring of two distinct points is refused',
    table: 'reclaim_parcels',
    features: () => [feature({ status: 'planned' }, { type: 'Polygon', coordinates: [[[114, 38.8], [114.001, 38.8], [114, 38.8], [114, 38.8]]] })],
    expect: { refused: /point|vert/i },
  },
  {
    rule: 'a code used already is refused',
    table: 'reclaim_parcels',
    features: (db) => [feature({ code: String(scalar(db, 'SELECT code FROM reclaim_parcels LIMIT 1')), status: 'planned' }, square(114.1, 38.9, 0.001))],
    expect: { refused: /already used/ },
  },
  {
    rule: 'the same code in another spelling is the same code',
    table: 'reclaim_parcels',
    features: (db) => [feature({ code: ` ${String(scalar(db, 'SELECT code FROM reclaim_parcels LIMIT 1')).toLowerCase()} `, status: 'planned' }, square(114.1, 38.9, 0.001))],
    expect: { refused: /already used/ },
  },
  {
    rule: 'construction that takes sold quota away is refused, naming the sale',
    table: 'construction_plots',
    features: (db) => [feature({ project_code: soldProject(db).code, status: 'built' }, plotOfMu(2_000))],
    expect: { refused: /breaks sales? JY-/ },
  },
  {
    rule: 'a project code typed in another spelling still counts against its project',
    table: 'construction_plots',
    features: (db) => [feature({ project_code: `${soldProject(db).code.toLowerCase()}  `, status: 'built' }, plotOfMu(2_000))],
    expect: { refused: /breaks sales? JY-/ },
  },
  {
    rule: 'a stale cached area does not hide an oversold project (quota from geometry)',
    table: 'construction_plots',
    // Another tool inflated the cached areas a hundredfold: by them the project would have room to spare.
    prepare: (db) => db.run(`UPDATE reclaim_parcels SET area_m2 = area_m2 * 100 WHERE project_code = '${soldProject(db).code}'`),
    features: (db) => [feature({ project_code: soldProject(db).code, status: 'built' }, plotOfMu(2_000))],
    expect: { refused: /breaks sales? JY-/ },
  },
  {
    rule: 'township and village are filled from the admin area a feature lies in',
    table: 'reclaim_parcels',
    features: (db) => {
      const blob = db.exec("SELECT geom FROM reclaim_parcels WHERE village IS NOT NULL LIMIT 1")[0]!.values[0]![0] as Uint8Array;
      const view = new DataView(blob.buffer, blob.byteOffset);
      const [minX, maxX, minY, maxY] = [view.getFloat64(8, true), view.getFloat64(16, true), view.getFloat64(24, true), view.getFloat64(32, true)];
      const d = Math.min(maxX - minX, maxY - minY) / 6;
      return [feature({ code: 'FK-RULE-1', status: 'planned' }, square((minX + maxX) / 2 - d / 2, (minY + maxY) / 2 - d / 2, d))];
    },
    expect: {
      accepted: (db) => {
        const [township, village] = db.exec("SELECT township, village FROM reclaim_parcels WHERE code = 'FK-RULE-1'")[0]!.values[0]!;
        expect(township).toBeTruthy();
        expect(village).toBeTruthy();
      },
    },
  },
  {
    rule: 'a cached area given in the data is not taken: it is computed from the geometry',
    table: 'reclaim_parcels',
    features: () => [feature({ code: 'FK-RULE-2', status: 'planned', area_m2: 5 }, square(114.1, 38.9, 0.001))],
    expect: { accepted: (db) => expect(Number(scalar(db, "SELECT area_m2 FROM reclaim_parcels WHERE code = 'FK-RULE-2'"))).toBeGreaterThan(8_000) },
  },
];

/** The rule's own sentence for a refused change: what both the app and the CLI must say. */
function ruleSentence(error: unknown): string {
  if (error instanceof LedgerWarningsError) return error.ledgerIssues.map((i) => i.message).join(' ');
  if (error instanceof FeatureWriteError) return error.message;
  throw error;
}

describe('the write path’s rules, the same in the app and on the CLI', () => {
  for (const rule of CASES) {
    it(rule.rule, async () => {
      const prepared = new SQL.Database(sample);
      rule.prepare?.(prepared);
      const start = prepared.export();
      const collection: FeatureCollection = { type: 'FeatureCollection', features: rule.features(new SQL.Database(start)) };

      // The oracle: the write path itself, on a copy.
      let oracle: string | null = null;
      const copy = new SQL.Database(start);
      try {
        runTransaction(copy, (db) => importGeoJSON(db, rule.table, collection));
      } catch (error) {
        oracle = ruleSentence(error);
      }

      // The app: the project worker's session.
      const session = new ProjectSession(SQL);
      session.open(start, 'case.gpkg');
      const before = JSON.stringify(session.tableRows(rule.table).rows);
      const app = await session.importCollection(rule.table, collection, 'case.geojson').then(
        () => null,
        (error: { message: string }) => error.message,
      );

      // The CLI: the same features in a file, imported into the same project file.
      const project = path.join(dir, `${rule.table}-${CASES.indexOf(rule)}.gpkg`);
      const source = path.join(dir, `case-${CASES.indexOf(rule)}.geojson`);
      writeFileSync(project, start);
      writeFileSync(source, JSON.stringify(collection));
      const cli = spawnSync(process.execPath, [bin, 'import', source, '--into', project, '--as', rule.table], { cwd: repoRoot, encoding: 'utf8' });
      const flat = (text: string) => text.replace(/\s+/g, ' ');

      if ('refused' in rule.expect) {
        expect(oracle, 'the write path refuses it').toMatch(rule.expect.refused);
        expect(app, 'the app refuses it').not.toBeNull();
        expect(flat(app!)).toContain(flat(oracle!));
        expect(cli.status, cli.stderr).toBe(2);
        expect(flat(cli.stderr)).toContain(flat(oracle!));
        expect(cli.stderr.trim().split('\n')).toHaveLength(1);
        expect(Buffer.compare(readFileSync(project), Buffer.from(start))).toBe(0);
        expect(JSON.stringify(session.tableRows(rule.table).rows)).toBe(before);
      } else {
        expect(oracle).toBeNull();
        expect(app).toBeNull();
        expect(cli.status, cli.stderr).toBe(0);
        rule.expect.accepted(session.database());
        rule.expect.accepted(new SQL.Database(readFileSync(project)));
      }
    });
  }
});

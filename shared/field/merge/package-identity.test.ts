// A field package from another project is refused (unless the user says it is a copy of the same county), and a
// package whose base was edited (to pass field values off as office ones) is refused always: the two
// silent merges, reproduced with two sample counties whose parcels share codes.
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSampleProject } from '../../../sample-data/build-sample-project';
import { exportProject } from '../../project/export-project';
import { openProject } from '../../project/open-project';
import { queryScalar } from '../../project/sql-rows';
import { exportFieldPackage, readFieldPackageInfo } from '../package/index';
import { applyMerge, planMerge } from './index';
import { PackageIdentityError } from './check-package-identity';

let SQL: SqlJsStatic;
const open = (bytes: Uint8Array): Database => openProject(SQL, bytes).db;
const villageOf = (db: Database) => String(queryScalar(db, "SELECT village FROM reclaim_parcels WHERE village <> '' GROUP BY village ORDER BY count(*) DESC LIMIT 1"));

beforeAll(async () => {
  SQL = await initSqlJs();
});

function countyAndPackage(seed: number): { project: Uint8Array; pkg: Uint8Array } {
  const db = buildSampleProject(SQL, { seed, parcels: 30 });
  const pkg = exportFieldPackage(SQL, db, { kind: 'village', name: villageOf(db) }).bytes;
  const project = exportProject(db);
  db.close();
  return { project, pkg };
}

function thrown(run: () => unknown): PackageIdentityError {
  try {
    run();
  } catch (error) {
    if (error instanceof PackageIdentityError) return error;
    throw error;
  }
  throw new Error('the merge was not refused');
}

describe('field package identity', () => {
  it('a package carries the project id, its own id and the digest of its base', () => {
    const { project, pkg } = countyAndPackage(1);
    const info = readFieldPackageInfo(open(pkg))!;
    expect(info.projectId).toMatch(/^[0-9a-f-]{36}$/);
    expect(info.baseDigest).toMatch(/^[0-9a-f]{64}$/);
    const county = open(project);
    expect(queryScalar(county, "SELECT value FROM landlink_meta WHERE key = 'project_id'")).toBe(info.projectId);
    // Its own package merges as before.
    expect(() => planMerge(county, open(pkg))).not.toThrow();
  });

  it('a package from another project with the same codes is refused, unless the user says it is the same county', () => {
    const county = countyAndPackage(1).project;
    const other = countyAndPackage(2).pkg;
    const target = open(county);
    const before = exportProject(target);
    const error = thrown(() => applyMerge(target, open(other), {}, { user: 'test' }));
    expect(error.kind).toBe('other-project');
    expect(error.message).toMatch(/made from another project .*nothing was merged.*--same-county/);
    expect(queryScalar(target, 'SELECT count(*) FROM audit_log')).toBe(queryScalar(open(before), 'SELECT count(*) FROM audit_log'));
    expect(() => applyMerge(target, open(other), {}, { user: 'test', sameCounty: true })).not.toThrow();
  });

  it('a base edited to match the office’s values is detected and refused, even as the same county', () => {
    const { project, pkg } = countyAndPackage(3);
    const tampered = open(pkg);
    tampered.run("UPDATE landlink_field_base SET row_json = json_set(row_json, '$.status', 'filed') WHERE table_name = 'reclaim_parcels' AND fid = (SELECT min(fid) FROM landlink_field_base WHERE table_name = 'reclaim_parcels')");
    const county = open(project);
    expect(thrown(() => applyMerge(county, tampered, {}, { user: 'test' })).kind).toBe('tampered-base');
    expect(thrown(() => applyMerge(county, tampered, {}, { user: 'test', sameCounty: true })).kind).toBe('tampered-base');

    // Rewriting the digest in the package too does not help: the project remembers the digest it issued.
    const info = readFieldPackageInfo(tampered)!;
    const { baseDigest: _old, ...rest } = info;
    tampered.run("UPDATE landlink_meta SET value = ? WHERE key = 'field_package'", [JSON.stringify(rest)]);
    expect(thrown(() => applyMerge(county, tampered, {}, { user: 'test' })).kind).toBe('tampered-base');
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEmptyProject, exportProject, insertFeatures, openProject, ProjectOpenError, readLayer, readMeta, setMeta, SCHEMA_VERSION, type ProjectOpenErrorCode } from './index';

let SQL: SqlJsStatic;
let project: Uint8Array;
const fixtures = path.resolve(__dirname, '../../tests/fixtures/gpkg');

beforeAll(async () => {
  SQL = await initSqlJs();
  const db = createEmptyProject(SQL, { name: '打开测试', county: '示例县' });
  insertFeatures(db, 'reclaim_parcels', [{ properties: { code: 'FK-1', status: 'planned' }, geometry: { type: 'Polygon', coordinates: [[[114, 38.8], [114.001, 38.8], [114.001, 38.801], [114, 38.8]]] } }]);
  project = exportProject(db);
  db.close();
});

function expectOpenError(bytes: Uint8Array, code: ProjectOpenErrorCode): ProjectOpenError {
  const before = Uint8Array.from(bytes);
  try {
    openProject(SQL, bytes, { fileName: 'bad.gpkg' });
  } catch (error) {
    expect(error).toBeInstanceOf(ProjectOpenError);
    const e = error as ProjectOpenError;
    expect(e.code).toBe(code);
    expect(e.message).toContain('bad.gpkg');
    expect(e.messageZh).toContain('bad.gpkg');
    expect(bytes).toEqual(before); // opening never changes the file
    return e;
  }
  throw new Error('expected the open to fail');
}

describe('openProject', () => {
  it('opens a project it saved, unchanged', () => {
    const opened = openProject(SQL, project);
    expect(opened.foreign).toBe(false);
    expect(opened.migratedFrom).toBeNull();
    expect(readLayer(opened.db, 'reclaim_parcels').features).toHaveLength(1);
  });

  it('refuses a file that is not SQLite', () => {
    expectOpenError(new TextEncoder().encode('{"type":"FeatureCollection","features":[]}'.padEnd(4096, ' ')), 'not-sqlite');
    expectOpenError(new Uint8Array(0), 'not-sqlite');
  });

  it('refuses a truncated project as damaged, pointing at the .bak file', () => {
    const error = expectOpenError(project.slice(0, Math.floor(project.length / 2)), 'corrupt');
    expect(error.message).toMatch(/\.bak/);
    expectOpenError(project.slice(0, project.length - 100), 'corrupt');
  });

  it('refuses a damaged page as corrupt', () => {
    const damaged = Uint8Array.from(project);
    for (let i = 4096 * 3; i < 4096 * 3 + 2000; i++) damaged[i] = 0xa5;
    expectOpenError(damaged, 'corrupt');
  });

  it('refuses an SQLite database that is not a GeoPackage', () => {
    const db = new SQL.Database();
    db.run('CREATE TABLE t (a)');
    expectOpenError(db.export(), 'not-geopackage');
  });

  it('refuses a project saved by a newer Landlink', () => {
    const opened = openProject(SQL, project);
    setMeta(opened.db, 'schema_version', String(SCHEMA_VERSION + 1));
    const error = expectOpenError(opened.db.export(), 'newer-schema');
    expect(error.message).toMatch(/update Landlink/);
  });

  it('opens a GeoPackage another tool gave an R*Tree index: drops and records the index, then edits and saves', () => {
    const bytes = new Uint8Array(readFileSync(path.join(fixtures, 'qgis-like-rtree.gpkg')));
    const opened = openProject(SQL, bytes, { fileName: 'qgis-like-rtree.gpkg' });
    expect(opened.foreign).toBe(true);
    expect(opened.migratedFrom).toBe(0);
    expect(opened.droppedSpatialIndexes).toEqual(['parcels.geom']);
    const db = opened.db;
    expect(db.exec("SELECT count(*) FROM sqlite_master WHERE name LIKE 'rtree_%'")[0]!.values[0]![0]).toBe(0);
    expect(db.exec("SELECT count(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index'")[0]!.values[0]![0]).toBe(0);
    expect(JSON.parse(readMeta(db).dropped_spatial_indexes!).indexes).toEqual(['parcels.geom']);
    // The foreign layer keeps its data and can be written now that no trigger calls ST_* functions.
    expect(readLayer(db, 'parcels').features.map((f) => f.properties.ZLDWMC)).toEqual(['张庄村', '李家峪村']);
    db.run("UPDATE parcels SET ZLDWMC = '王庄村' WHERE DKBH = 'W-1'");
    const saved = exportProject(db);
    const reopened = openProject(SQL, saved);
    expect(reopened.droppedSpatialIndexes).toEqual([]);
    expect(reopened.db.exec('PRAGMA integrity_check')[0]!.values[0]![0]).toBe('ok');
    expect(readLayer(reopened.db, 'parcels').features[0]!.properties.ZLDWMC).toBe('王庄村');
  });

  it('opens a minimal GeoPackage without gpkg_extensions and adds the Landlink tables', () => {
    const db = new SQL.Database();
    db.exec(`PRAGMA application_id = 1196444487;
      CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
      CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
      CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL);`);
    const opened = openProject(SQL, db.export());
    expect(opened.foreign).toBe(true);
    expect(opened.droppedSpatialIndexes).toEqual([]);
    expect(readLayer(opened.db, 'reclaim_parcels').features).toEqual([]);
  });
});

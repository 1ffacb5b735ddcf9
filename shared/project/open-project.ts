// Opens project bytes: checks they are an intact SQLite GeoPackage this build understands, removes what sql.js
// cannot run (R*Tree indexes, triggers calling other tools' functions), and migrates the schema. The bytes passed
// in are never modified (sql.js copies them), so a refused file is left exactly as it was.
import type { Database, SqlJsStatic } from 'sql.js';
import { LEGACY_GPKG_APPLICATION_IDS, GPKG_APPLICATION_ID, readApplicationId, tableExists } from '../gpkg/core-tables';
import { disarmForeignSchemaObjects, dropToolFunctionTriggers, type ForeignSchemaObject } from '../gpkg/foreign-triggers';
import { dropSpatialIndexes, findSpatialIndexes } from '../gpkg/rtree-index';
import { runMigrations, SCHEMA_VERSION } from './migrations';
import { ProjectOpenError } from './project-open-error';
import { META_KEYS, setMeta, storedSchemaVersion } from './project-meta';
import { checkSqliteHeader } from './sqlite-header';
import { inSavepoint, queryRows } from './sql-rows';

export interface OpenProjectOptions {
  /** Name of the file, used in error messages ("where"). */
  readonly fileName?: string;
}

export interface OpenedProject {
  readonly db: Database;
  readonly schemaVersion: number;
  /** The version the file had before migrations, when it was older than this build. */
  readonly migratedFrom: number | null;
  /** True when the file was a GeoPackage written by another tool (no landlink_meta). */
  readonly foreign: boolean;
  /** `table.column` of every R*Tree spatial index removed because sql.js cannot maintain it. */
  readonly droppedSpatialIndexes: string[];
  readonly droppedTriggers: string[];
  /**
   * Triggers and views that neither Landlink nor the GeoPackage standard made (planted with sqlite3, say): removed
   * from this open database so none of their code runs, still in the file. Saving must be refused while any is.
   */
  readonly foreignObjects: ForeignSchemaObject[];
}

export function openProject(SQL: SqlJsStatic, bytes: Uint8Array, options: OpenProjectOptions = {}): OpenedProject {
  const where = options.fileName ? `“${options.fileName}”` : 'the file';
  const header = checkSqliteHeader(bytes);
  if (!header.ok) {
    if (header.reason === 'not-sqlite') {
      throw new ProjectOpenError('not-sqlite', `${where} is not a Landlink project: ${header.detail}, so it is not a GeoPackage (SQLite) file; open a .gpkg file, or import this file with File → Import instead.`, `${where}不是 Landlink 项目文件：它不是 GeoPackage（SQLite）文件；请打开 .gpkg 文件，或通过“文件 → 导入”导入此文件。`);
    }
    throw corrupt(where, header.detail);
  }

  let db: Database;
  try {
    db = new SQL.Database(bytes);
    const check = queryRows(db, 'PRAGMA quick_check');
    const verdict = check.map((row) => String(Object.values(row)[0])).join('; ');
    if (verdict !== 'ok') {
      db.close();
      throw corrupt(where, `SQLite reports: ${verdict.slice(0, 200)}`);
    }
  } catch (error) {
    if (error instanceof ProjectOpenError) throw error;
    throw corrupt(where, `SQLite cannot read it (${error instanceof Error ? error.message : String(error)})`);
  }

  try {
    const applicationId = readApplicationId(db);
    const isGeoPackage =
      tableExists(db, 'gpkg_contents') &&
      (applicationId === GPKG_APPLICATION_ID || (LEGACY_GPKG_APPLICATION_IDS as readonly number[]).includes(applicationId) || applicationId === 0);
    if (!isGeoPackage) {
      throw new ProjectOpenError('not-geopackage', `${where} is an SQLite database but not a GeoPackage (it has no gpkg_contents table or a foreign application id); open a .gpkg project, or export the data from its program as GeoPackage first.`, `${where}是 SQLite 数据库，但不是 GeoPackage（缺少 gpkg_contents 表或应用标识不符）；请打开 .gpkg 项目，或先在原软件中导出为 GeoPackage。`);
    }
    const version = storedSchemaVersion(db);
    if (version > SCHEMA_VERSION) {
      throw new ProjectOpenError('newer-schema', `${where} was saved by a newer Landlink (project schema ${version}; this version reads up to ${SCHEMA_VERSION}); update Landlink to open it, the file has not been changed.`, `${where}由更新版本的 Landlink 保存（项目结构版本 ${version}，本版本最高支持 ${SCHEMA_VERSION}）；请升级 Landlink 后再打开，文件未作任何修改。`);
    }
    const foreign = !tableExists(db, 'landlink_meta');

    let droppedSpatialIndexes: string[] = [];
    let droppedTriggers: string[] = [];
    let foreignObjects: ForeignSchemaObject[] = [];
    try {
      if (findSpatialIndexes(db).length > 0) {
        droppedSpatialIndexes = dropSpatialIndexes(db).map((index) => `${index.table}.${index.column}`);
        // SQLite keeps the removed virtual table in its in-memory schema until the database is reopened.
        const reopened = new SQL.Database(db.export());
        db.close();
        db = reopened;
      }
      droppedTriggers = dropToolFunctionTriggers(db);
      // Before the migrations write anything: a planted trigger must not get a single row to run on.
      foreignObjects = disarmForeignSchemaObjects(db);
      const opened = db;
      inSavepoint(opened, 'landlink_open', () => {
        runMigrations(opened, version);
        const now = new Date().toISOString();
        if (droppedSpatialIndexes.length > 0) setMeta(opened, META_KEYS.droppedSpatialIndexes, JSON.stringify({ at: now, indexes: droppedSpatialIndexes }));
        if (droppedTriggers.length > 0) setMeta(opened, META_KEYS.droppedTriggers, JSON.stringify({ at: now, triggers: droppedTriggers }));
      });
    } catch (error) {
      throw new ProjectOpenError('migration-failed', `${where} could not be brought up to date to project schema ${SCHEMA_VERSION} (${error instanceof Error ? error.message : String(error)}); the file has not been changed: open it in QGIS to check the table named in this message, or report it.`, `${where}无法升级到项目结构版本 ${SCHEMA_VERSION}（${error instanceof Error ? error.message : String(error)}）；文件未作修改：请在 QGIS 中检查提示中的表，或反馈此问题。`);
    }
    return {
      db,
      schemaVersion: SCHEMA_VERSION,
      migratedFrom: version < SCHEMA_VERSION ? version : null,
      foreign,
      droppedSpatialIndexes,
      droppedTriggers,
      foreignObjects,
    };
  } catch (error) {
    db.close();
    throw error;
  }
}

function corrupt(where: string, detail: string): ProjectOpenError {
  return new ProjectOpenError('corrupt', `${where} is damaged: ${detail}; open the previous version (the .bak file beside it) or a backup copy.`, `${where}已损坏：${detail}；请打开同目录下的上一版本（.bak 文件）或备份副本。`);
}

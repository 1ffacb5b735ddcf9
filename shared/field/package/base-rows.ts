// The base of the three-way merge, kept inside the package: every packaged row as it was when the package was made
// (its values as JSON, its geometry as the GeoPackage blob), plus the photo relations. Any tool can then edit the
// package (Landlink, QGIS, plain sqlite3) and the merge still tells what changed in the field from what did not.
// An ordinary attributes table registered in gpkg_contents, so GDAL lists it and the file stays a clean GeoPackage.
import type { Database } from 'sql.js';
import { registerAttributesTable } from '../../gpkg/contents';
import { encodeGeometryBlob } from '../../gpkg/geometry-blob';
import { CGCS2000_SRS_ID } from '../../gpkg/spatial-ref-sys';
import { GEOMETRY_COLUMN } from '../../domain/schema-types';
import { queryRows } from '../../project/sql-rows';
import { tableExists } from '../../gpkg/core-tables';
import { BASE_TABLE, geometryOf, MERGED_TABLES, RELATION_KEY, type CodedRow, type MergedTable } from './package-tables';

export interface BaseSnapshot {
  readonly rows: ReadonlyMap<MergedTable, ReadonlyMap<string, Record<string, unknown>>>;
  /** `verificationCode/photoCode` pairs. */
  readonly relations: ReadonlySet<string>;
}

export function writeBase(db: Database, rows: ReadonlyMap<MergedTable, ReadonlyMap<string, CodedRow>>, relations: ReadonlySet<string>): void {
  db.exec(`CREATE TABLE ${BASE_TABLE} (fid INTEGER PRIMARY KEY AUTOINCREMENT, table_name TEXT NOT NULL, code TEXT NOT NULL,
    row_json TEXT NOT NULL, geometry_blob BLOB, UNIQUE (table_name, code))`);
  registerAttributesTable(db, {
    tableName: BASE_TABLE,
    identifier: '外业包基准',
    description: 'Field package base: each packaged row as exported, for the three-way merge back into the project (do not edit)',
  });
  const statement = db.prepare(`INSERT INTO ${BASE_TABLE} (table_name, code, row_json, geometry_blob) VALUES (?, ?, ?, ?)`);
  try {
    for (const [table, byCode] of rows) {
      for (const [code, row] of byCode) {
        const { [GEOMETRY_COLUMN]: geometry, ...values } = row.values;
        // The stored blob as it is when the row was read raw (exact, and no decode/encode per feature).
        const blob = row.geometryBlob !== undefined ? row.geometryBlob : geometry ? encodeGeometryBlob(geometry as never, CGCS2000_SRS_ID) : null;
        statement.run([table, code, JSON.stringify(values), blob]);
      }
    }
    for (const pair of relations) statement.run([RELATION_KEY, pair, '{}', null]);
  } finally {
    statement.free();
  }
}

/** The base of a package; null when the file is no field package (no base table). */
export function readBase(db: Database): BaseSnapshot | null {
  if (!tableExists(db, BASE_TABLE)) return null;
  const rows = new Map<MergedTable, Map<string, Record<string, unknown>>>(MERGED_TABLES.map((t) => [t, new Map()]));
  const relations = new Set<string>();
  for (const row of queryRows(db, `SELECT table_name, code, row_json, geometry_blob FROM ${BASE_TABLE}`)) {
    const table = String(row.table_name);
    const code = String(row.code);
    if (table === RELATION_KEY) {
      relations.add(code);
      continue;
    }
    const byCode = rows.get(table as MergedTable);
    if (!byCode) continue;
    const values = JSON.parse(String(row.row_json)) as Record<string, unknown>;
    if (row.geometry_blob instanceof Uint8Array) values[GEOMETRY_COLUMN] = geometryOf(row.geometry_blob);
    else if (table === 'old_houses' || table === 'reclaim_parcels') values[GEOMETRY_COLUMN] = null;
    byCode.set(code, values);
  }
  return { rows, relations };
}

// Brings a database to Landlink's schema: the GeoPackage core, every project table registered in gpkg_contents,
// missing columns added, the photos relation registered. Idempotent, so it serves both "new project" and
// "open a GeoPackage from another tool" (which then gains Landlink's tables and keeps its own).
import type { Database } from 'sql.js';
import { ensureGeoPackageCore } from '../gpkg/core-tables';
import { registerAttributesTable, registerFeaturesTable } from '../gpkg/contents';
import { registerRelation } from '../gpkg/related-tables';
import { CGCS2000_SRS_ID } from '../gpkg/spatial-ref-sys';
import { quoteIdentifier } from '../gpkg/sql-identifier';
import { addableColumnDefinition, createTableSql } from '../domain/ddl';
import { GEOMETRY_COLUMN } from '../domain/schema-types';
import { PHOTO_RELATION, PROJECT_TABLES } from '../domain/tables/index';
import { tableColumns } from './sql-rows';

export function ensureProjectSchema(db: Database): void {
  ensureGeoPackageCore(db);
  for (const table of PROJECT_TABLES) {
    db.exec(createTableSql(table));
    const existing = new Set(tableColumns(db, table.name).map((c) => c.name));
    for (const column of table.columns) {
      if (!existing.has(column.name)) db.exec(`ALTER TABLE ${quoteIdentifier(table.name)} ADD COLUMN ${addableColumnDefinition(column)}`);
    }
    const entry = { tableName: table.name, identifier: table.label.zh, description: table.description };
    if (table.kind === 'features') {
      registerFeaturesTable(db, entry, { column: GEOMETRY_COLUMN, type: table.geometryType ?? 'GEOMETRY', srsId: CGCS2000_SRS_ID });
    } else {
      registerAttributesTable(db, entry);
    }
  }
  registerRelation(db, PHOTO_RELATION);
}

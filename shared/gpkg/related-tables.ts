// The GeoPackage Related Tables Extension (OGC 18-000): a gpkgext_relations row ties a base table to a related
// table through a user-defined mapping table (base_id, related_id). Landlink uses it to relate `photos` (a media
// table: id, data, content_type) to `verifications`, so QGIS and GDAL see the photos of a verification as a relation.
import type { Database } from 'sql.js';
import { quoteIdentifier } from './sql-identifier';
import { registerAttributesTable } from './contents';

export const RELATED_TABLES_EXTENSION = 'related_tables';
export const RELATED_TABLES_DEFINITION = 'http://www.opengis.net/doc/IS/gpkg-rte/1.0';

export interface Relation {
  readonly baseTable: string;
  readonly basePrimaryColumn: string;
  readonly relatedTable: string;
  readonly relatedPrimaryColumn: string;
  /** `media`, `features`, `simple_attributes`, `attributes` or `tiles`. */
  readonly relationName: string;
  readonly mappingTable: string;
}

/** Creates gpkgext_relations, the mapping table and the gpkg_extensions rows for `relation`. Idempotent. */
export function registerRelation(db: Database, relation: Relation): void {
  db.exec(`CREATE TABLE IF NOT EXISTS gpkgext_relations (id INTEGER PRIMARY KEY AUTOINCREMENT,
    base_table_name TEXT NOT NULL, base_primary_column TEXT NOT NULL DEFAULT 'id',
    related_table_name TEXT NOT NULL, related_primary_column TEXT NOT NULL DEFAULT 'id',
    relation_name TEXT NOT NULL, mapping_table_name TEXT NOT NULL UNIQUE)`);
  db.exec(`CREATE TABLE IF NOT EXISTS ${quoteIdentifier(relation.mappingTable)} (
    base_id INTEGER NOT NULL, related_id INTEGER NOT NULL, PRIMARY KEY (base_id, related_id))`);
  registerAttributesTable(db, {
    tableName: relation.mappingTable,
    identifier: relation.mappingTable,
    description: `Related Tables mapping: ${relation.baseTable} → ${relation.relatedTable}`,
  });
  for (const table of ['gpkgext_relations', relation.mappingTable]) {
    db.run(
      "INSERT OR IGNORE INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) VALUES (?, NULL, ?, ?, 'read-write')",
      [table, RELATED_TABLES_EXTENSION, RELATED_TABLES_DEFINITION],
    );
  }
  const exists = db.exec('SELECT 1 FROM gpkgext_relations WHERE mapping_table_name = ?', [relation.mappingTable]).length > 0;
  if (!exists) {
    db.run(
      'INSERT INTO gpkgext_relations (base_table_name, base_primary_column, related_table_name, related_primary_column, relation_name, mapping_table_name) VALUES (?, ?, ?, ?, ?, ?)',
      [relation.baseTable, relation.basePrimaryColumn, relation.relatedTable, relation.relatedPrimaryColumn, relation.relationName, relation.mappingTable],
    );
  }
}

// A GeoPackage of selected layers for QGIS and GDAL, written with the project's own codec (shared/gpkg): core
// tables, the target system in gpkg_spatial_ref_sys (OGC WKT with its EPSG code), one typed table per layer
// (features, or attributes for layers without geometry), extents filled in. No R*Tree index (sql.js has none);
// QGIS and GDAL read the file without one.
import type { Feature, Geometry } from 'geojson';
import type { SqlJsStatic } from 'sql.js';
import type { CrsInfo } from '../../crs/crs-info';
import { ensureGeoPackageCore } from '../../gpkg/core-tables';
import { refreshContentsExtent, registerAttributesTable, registerFeaturesTable, type GeometryTypeName } from '../../gpkg/contents';
import { encodeGeometryBlob } from '../../gpkg/geometry-blob';
import { quoteIdentifier } from '../../gpkg/sql-identifier';
import { ogcWkt } from '../crs-wkt/crs-wkt';
import { inferFieldKind, type DbfFieldKind } from '../shapefile/write-dbf';

export interface GeoPackageLayer {
  readonly name: string;
  readonly features: readonly Feature<Geometry | null, Record<string, unknown> | null>[];
  /** Column kinds (from the table schema); others are inferred from the values. */
  readonly fieldKinds?: Readonly<Record<string, DbfFieldKind>>;
  /** Identifier shown by QGIS (e.g. the Chinese table label). */
  readonly title?: string;
  /** Columns in order (from the table schema), so that an empty layer keeps them; others are appended. */
  readonly columns?: readonly string[];
  /** Geometry type (from the table schema), so that an empty layer keeps it; null for attribute tables. */
  readonly geometryType?: GeometryTypeName | null;
}

const SQL_TYPE: Record<DbfFieldKind, string> = { text: 'TEXT', integer: 'INTEGER', real: 'DOUBLE', date: 'DATE', boolean: 'BOOLEAN' };

function geometryTypeOf(features: GeoPackageLayer['features']): GeometryTypeName | undefined {
  const kinds = new Set(features.map((f) => f.geometry?.type).filter((t): t is Geometry['type'] => t !== undefined));
  if (kinds.size === 0) return undefined;
  if ([...kinds].every((k) => k === 'Polygon' || k === 'MultiPolygon')) return kinds.has('MultiPolygon') ? 'MULTIPOLYGON' : 'POLYGON';
  if ([...kinds].every((k) => k === 'LineString' || k === 'MultiLineString')) return kinds.has('MultiLineString') ? 'MULTILINESTRING' : 'LINESTRING';
  if ([...kinds].every((k) => k === 'Point' || k === 'MultiPoint')) return kinds.has('MultiPoint') ? 'MULTIPOINT' : 'POINT';
  return 'GEOMETRY';
}

function storedValue(value: unknown, kind: DbfFieldKind): string | number | null {
  if (value === null || value === undefined || value === '') return null;
  if (kind === 'boolean') return value === true || value === 1 || value === 'true' ? 1 : 0;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return JSON.stringify(value);
}

export function writeGeoPackage(sql: SqlJsStatic, layers: readonly GeoPackageLayer[], crs: CrsInfo): Uint8Array {
  const db = new sql.Database();
  try {
    db.exec('BEGIN');
    ensureGeoPackageCore(db);
    const srsId = crs.code > 0 ? crs.code : 100000;
    db.run('INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition, description) VALUES (?, ?, ?, ?, ?, ?)', [crs.name, srsId, crs.code > 0 ? 'EPSG' : 'NONE', srsId, ogcWkt(crs), crs.name]);
    for (const layer of layers) {
      const properties = layer.features.map((f) => f.properties ?? {});
      const names = [...new Set([...(layer.columns ?? []), ...properties.flatMap((p) => Object.keys(p))])].filter((n) => n.toLowerCase() !== 'fid' && n.toLowerCase() !== 'geom');
      const kinds = names.map((n) => layer.fieldKinds?.[n] ?? inferFieldKind(properties.map((p) => p[n])));
      const geometryType = layer.geometryType === undefined ? geometryTypeOf(layer.features) : layer.geometryType ?? undefined;
      const table = quoteIdentifier(layer.name);
      db.run(`CREATE TABLE ${table} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL${geometryType ? ', geom BLOB' : ''}${names.map((n, i) => `, ${quoteIdentifier(n)} ${SQL_TYPE[kinds[i]!]}`).join('')})`);
      const entry = { tableName: layer.name, identifier: layer.title ?? layer.name, description: '' };
      if (geometryType) registerFeaturesTable(db, entry, { column: 'geom', type: geometryType, srsId });
      else registerAttributesTable(db, entry);
      const columns = [...(geometryType ? ['geom'] : []), ...names];
      const insert = db.prepare(columns.length === 0 ? `INSERT INTO ${table} DEFAULT VALUES` : `INSERT INTO ${table} (${columns.map(quoteIdentifier).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      try {
        layer.features.forEach((f, i) => {
          const values = names.map((n, k) => storedValue(properties[i]![n], kinds[k]!));
          insert.run(geometryType ? [f.geometry ? encodeGeometryBlob(f.geometry, srsId) : null, ...values] : values);
        });
      } finally {
        insert.free();
      }
      if (geometryType) refreshContentsExtent(db, layer.name, 'geom');
    }
    db.exec('COMMIT');
    return db.export();
  } finally {
    db.close();
  }
}

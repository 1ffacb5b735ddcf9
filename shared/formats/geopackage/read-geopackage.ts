// Reads one feature table of any GeoPackage (Landlink's or another tool's) with sql.js: attributes, geometry as
// stored, and the WKT or EPSG code of its spatial reference for CRS detection. Read-only: nothing is migrated.
import type { Feature, Geometry } from 'geojson';
import type { Database, SqlValue } from 'sql.js';
import { decodeGeometryBlob } from '../../gpkg/geometry-blob';
import { FormatReadError } from '../read-error';
import type { ReadLayer, ReadProperties } from '../read-result';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function rows(db: Database, sql: string, params: SqlValue[] = []): Record<string, SqlValue>[] {
  const statement = db.prepare(sql);
  const out: Record<string, SqlValue>[] = [];
  try {
    statement.bind(params);
    while (statement.step()) out.push(statement.getAsObject());
  } finally {
    statement.free();
  }
  return out;
}

/** Feature tables listed in gpkg_contents. */
export function geoPackageFeatureTables(db: Database): string[] {
  try {
    return rows(db, "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY table_name").map((r) => String(r['table_name']));
  } catch {
    throw new FormatReadError('The file is SQLite but not a GeoPackage (it has no gpkg_contents table); export it again as GeoPackage.', '该文件是 SQLite 数据库但不是 GeoPackage（缺少 gpkg_contents 表）；请重新导出为 GeoPackage。');
  }
}

export function readGeoPackageLayer(db: Database, layer?: string, fileName = 'the GeoPackage'): ReadLayer {
  const tables = geoPackageFeatureTables(db);
  if (tables.length === 0) throw new FormatReadError(`${fileName} has no feature tables.`, `${fileName} 中没有要素图层。`);
  let table = layer;
  if (table === undefined) {
    if (tables.length > 1) throw new FormatReadError(`${fileName} has ${tables.length} feature tables (${tables.join(', ')}); choose one with --layer.`, `${fileName} 有 ${tables.length} 个要素图层（${tables.join('、')}）；请用 --layer 选择。`);
    table = tables[0]!;
  } else if (!tables.includes(table)) throw new FormatReadError(`${fileName} has no feature table "${table}"; its tables are: ${tables.join(', ')}.`, `${fileName} 中没有图层“${table}”；现有图层：${tables.join('、')}。`);
  const geometryInfo = rows(db, 'SELECT g.column_name AS column_name, g.srs_id AS srs_id, s.organization AS organization, s.organization_coordsys_id AS code, s.definition AS definition FROM gpkg_geometry_columns g LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id WHERE g.table_name = ?', [table])[0];
  const geometryColumn = geometryInfo ? String(geometryInfo['column_name']) : undefined;
  const features: Feature<Geometry | null, ReadProperties>[] = [];
  for (const row of rows(db, `SELECT * FROM ${quote(table)}`)) {
    const properties: ReadProperties = {};
    let geometry: Geometry | null = null;
    for (const [key, value] of Object.entries(row)) {
      if (key === geometryColumn) {
        if (value instanceof Uint8Array) {
          const decoded = decodeGeometryBlob(value);
          geometry = decoded.empty ? null : decoded.geometry;
        }
      } else if (!(value instanceof Uint8Array)) properties[key] = value;
    }
    features.push({ type: 'Feature', properties, geometry });
  }
  const organization = String(geometryInfo?.['organization'] ?? '').toUpperCase();
  const definition = geometryInfo?.['definition'];
  const crsText = organization === 'EPSG' && geometryInfo?.['code'] !== null ? `EPSG:${String(geometryInfo?.['code'])}` : typeof definition === 'string' && definition !== 'undefined' ? definition : undefined;
  return { name: table, features, ...(crsText ? { crsText } : {}) };
}

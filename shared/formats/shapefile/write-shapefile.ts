// A shapefile for other departments, as a .zip of .shp/.shx/.dbf/.prj/.cpg: UTF-8 with a .cpg by default, GBK on
// request (older ArcGIS and the 三调 tools), a .prj in ESRI WKT for the system the coordinates are in. Field names
// are fitted to 10 bytes without splitting a character, and the mapping is returned so the user can be told.
import type { Feature, Geometry } from 'geojson';
import { zipSync } from 'fflate';
import type { BilingualText, CrsInfo } from '../../crs/crs-info';
import { esriWkt } from '../crs-wkt/crs-wkt';
import type { TextEncodingName } from '../text/encode-text';
import { dbfFieldNames } from './dbf-field-names';
import { inferFieldKind, writeDbf, type DbfFieldKind } from './write-dbf';
import { shapeTypeFor, writeShp } from './write-shp';

export interface ShapefileWriteOptions {
  /** Base name of the files inside the zip, e.g. `reclaim_parcels`. */
  readonly name: string;
  /** The system the coordinates are in (for the .prj). */
  readonly crs: CrsInfo;
  readonly encoding?: TextEncodingName;
  /** Property → kind (from the table schema); others are inferred from the values. */
  readonly fieldKinds?: Readonly<Record<string, DbfFieldKind>>;
}

export interface ShapefileWriteResult {
  /** File name → bytes (name.shp, .shx, .dbf, .prj, .cpg). */
  readonly files: Map<string, Uint8Array>;
  readonly zip: Uint8Array;
  /** Property → DBF field name, where they differ. */
  readonly renamedFields: Record<string, string>;
  readonly warnings: BilingualText[];
}

export function writeShapefile(features: readonly Feature<Geometry | null, Record<string, unknown> | null>[], options: ShapefileWriteOptions): ShapefileWriteResult {
  const encoding = options.encoding ?? 'utf-8';
  const geometries = features.map((f) => f.geometry);
  const { shp, shx } = writeShp(geometries, shapeTypeFor(geometries));
  const properties = features.map((f) => f.properties ?? {});
  const names = [...new Set(properties.flatMap((p) => Object.keys(p)))];
  const fieldNames = dbfFieldNames(names, encoding);
  const fields = names.map((property) => ({ property, name: fieldNames.get(property)!, kind: options.fieldKinds?.[property] ?? inferFieldKind(properties.map((p) => p[property])) }));
  const dbf = writeDbf(properties, fields, encoding);
  const files = new Map<string, Uint8Array>([
    [`${options.name}.shp`, shp],
    [`${options.name}.shx`, shx],
    [`${options.name}.dbf`, dbf.bytes],
    [`${options.name}.prj`, new TextEncoder().encode(esriWkt(options.crs))],
    [`${options.name}.cpg`, new TextEncoder().encode(encoding === 'gbk' ? 'GBK' : 'UTF-8')],
  ]);
  const renamedFields: Record<string, string> = {};
  for (const [property, name] of fieldNames) if (property !== name) renamedFields[property] = name;
  const warnings: BilingualText[] = [];
  if (Object.keys(renamedFields).length > 0) {
    const list = Object.entries(renamedFields).map(([a, b]) => `${a} → ${b}`).join(', ');
    warnings.push({ en: `Shapefile field names hold at most 10 bytes; renamed: ${list}.`, zh: `shapefile 字段名最多 10 个字节；已改名：${list}。` });
  }
  if (dbf.truncated.length > 0) warnings.push({ en: `Text longer than 254 bytes was cut in: ${dbf.truncated.join(', ')}.`, zh: `以下字段中超过 254 字节的文本已截断：${dbf.truncated.join('、')}。` });
  return { files, zip: zipSync(Object.fromEntries(files)), renamedFields, warnings };
}

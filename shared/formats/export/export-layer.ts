// Exports one or more project layers (as readLayer gives them: EPSG:4490, columns as properties) to a file format:
// personal data masked unless asked for, geometry reprojected into the chosen system (issue 4's transforms), column
// kinds and Chinese labels taken from the table schema. The one entry `landlink export` and the app's export dialog
// call; the bytes go to an atomic write (CLI) or a download (browser host).
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { SqlJsStatic } from 'sql.js';
import type { BilingualText, CrsInfo } from '../../crs/crs-info';
import { crsLabel } from '../../crs/crs-info';
import { crsByCode } from '../../crs/crs-registry';
import { transformFromCgcs2000 } from '../../crs/transform/from-cgcs2000';
import { transformGeometry } from '../../crs/transform/transform-geometry';
import { ENUMS } from '../../domain/enums';
import type { ColumnKind, Label } from '../../domain/schema-types';
import { findTableSchema } from '../../domain/tables/index';
import { squareMetresToMu } from '../../domain/units';
import { writeCoordinateTxt } from '../coordinate-txt/write-coordinate-txt';
import { writeCsv, type TableGeometryColumns } from '../csv/write-csv';
import { writeGeoJson } from '../geojson/write-geojson';
import { writeGeoPackage } from '../geopackage/write-geopackage';
import { writeKml } from '../kml/write-kml';
import { CHUNK, stepAsync, type LongTaskOptions } from '../progress';
import { FormatReadError } from '../read-error';
import type { DbfFieldKind } from '../shapefile/write-dbf';
import { writeShapefile } from '../shapefile/write-shapefile';
import type { TextEncodingName } from '../text/encode-text';
import { writeXlsx, type XlsxColumn } from '../xlsx/write-xlsx';
import { maskProperties } from './mask-personal';

export type ExportFormat = 'geojson' | 'shapefile' | 'kml' | 'csv' | 'xlsx' | 'geopackage' | 'coordinate-txt';

export interface ExportLayerInput {
  /** Table name (for labels and column kinds) and layer name in the output. */
  readonly table: string;
  readonly collection: FeatureCollection<Geometry | null, Record<string, unknown> | null>;
}

export interface ExportOptions extends LongTaskOptions {
  readonly format: ExportFormat;
  /** Output system; default EPSG:4490. KML is always longitude/latitude. */
  readonly crs?: CrsInfo;
  /** Shapefile text encoding, default UTF-8; coordinate TXT, default GBK. */
  readonly encoding?: TextEncodingName;
  /** Household names and ID numbers in clear; default false (masked). */
  readonly includePersonal?: boolean;
  /** CSV/XLSX geometry columns; default WKT for CSV, X/Y (and a 界址点 sheet for polygons) for XLSX. */
  readonly tableGeometry?: TableGeometryColumns;
  /** sql.js, for GeoPackage output. */
  readonly sql?: SqlJsStatic;
  /** Coordinate TXT: 数据产生日期 (default today) and 数据产生单位. */
  readonly txtDate?: string;
  readonly txtProducer?: string;
}

/** What a linkage filing calls each layer's plots (地块用途 in a coordinate TXT). */
const TXT_PLOT_USE: Record<string, string> = { reclaim_parcels: '拆旧区', construction_plots: '建新区' };

export interface ExportResult {
  readonly bytes: Uint8Array;
  readonly warnings: BilingualText[];
  /** Column → number of masked values. */
  readonly masked: Record<string, number>;
  readonly crs: CrsInfo;
}

const EXTENSIONS: Record<string, ExportFormat> = { geojson: 'geojson', json: 'geojson', zip: 'shapefile', kml: 'kml', csv: 'csv', xlsx: 'xlsx', gpkg: 'geopackage', txt: 'coordinate-txt' };

/** The format a file name asks for, or undefined. */
export function exportFormatOf(fileName: string): ExportFormat | undefined {
  return EXTENSIONS[/\.([A-Za-z]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? ''];
}

const FIELD_KIND: Record<ColumnKind, DbfFieldKind> = { text: 'text', code: 'text', enum: 'text', json: 'text', blob: 'text', datetime: 'text', integer: 'integer', real: 'real', boolean: 'boolean', date: 'date' };

function fieldKinds(table: string): Record<string, DbfFieldKind> {
  const kinds: Record<string, DbfFieldKind> = {};
  for (const c of findTableSchema(table)?.columns ?? []) kinds[c.name] = FIELD_KIND[c.kind];
  return kinds;
}

async function prepare(input: ExportLayerInput, crs: CrsInfo, options: ExportOptions, masked: Record<string, number>): Promise<Feature<Geometry | null, Record<string, unknown>>[]> {
  const project = crs.code === 4490 ? undefined : transformFromCgcs2000(crs);
  const features = input.collection.features;
  const out: Feature<Geometry | null, Record<string, unknown>>[] = [];
  for (let i = 0; i < features.length; i++) {
    if (i % CHUNK === 0) await stepAsync(options, i, features.length);
    const f = features[i]!;
    const { fid: _fid, ...rest } = (f.properties ?? {}) as Record<string, unknown>;
    const properties = options.includePersonal ? rest : maskProperties(rest, masked);
    const geometry = f.geometry && project ? transformGeometry(f.geometry, project) : f.geometry;
    out.push({ type: 'Feature', properties, geometry });
  }
  return out;
}

function xlsxColumns(table: string, features: readonly Feature<Geometry | null, Record<string, unknown>>[]): { columns: XlsxColumn[]; rows: Feature<Geometry | null, Record<string, unknown>>[] } {
  const schema = findTableSchema(table);
  const names = [...new Set(features.flatMap((f) => Object.keys(f.properties)))];
  const byName = new Map((schema?.columns ?? []).map((c) => [c.name, c]));
  const columns: XlsxColumn[] = [];
  for (const name of names) {
    const c = byName.get(name);
    columns.push({ property: name, ...(c ? { header: c.label.zh, kind: FIELD_KIND[c.kind] } : {}), ...(c?.unit === 'm²' ? { numberFormat: '0.00' } : {}) });
    if (name === 'area_m2') columns.push({ property: 'area_mu', header: '面积（亩）', kind: 'real', numberFormat: '0.00' });
  }
  // People read workbooks: enum codes become their Chinese labels (the importer accepts labels back).
  const rows = features.map((f) => {
    const p: Record<string, unknown> = { ...f.properties };
    for (const [name, value] of Object.entries(p)) {
      const c = byName.get(name);
      if (c?.enum && typeof value === 'string') p[name] = (ENUMS[c.enum] as Record<string, Label>)[value]?.zh ?? value;
    }
    if (typeof p['area_m2'] === 'number') p['area_mu'] = squareMetresToMu(p['area_m2']);
    return { ...f, properties: p };
  });
  return { columns, rows };
}

export async function exportLayers(inputs: readonly ExportLayerInput[], options: ExportOptions): Promise<ExportResult> {
  if (inputs.length === 0) throw new FormatReadError('No layer was chosen to export.', '未选择要导出的图层。');
  if (inputs.length > 1 && options.format !== 'geopackage')
    throw new FormatReadError(`Only a GeoPackage holds several layers; export ${inputs.map((i) => i.table).join(', ')} one at a time, or as .gpkg.`, `只有 GeoPackage 可以包含多个图层；请逐个导出，或导出为 .gpkg。`);
  const warnings: BilingualText[] = [];
  let crs = options.crs ?? crsByCode(4490)!;
  if (options.format === 'kml' && crs.kind !== 'geographic') {
    warnings.push({ en: `KML is always longitude/latitude; ${crsLabel(crs)} was not applied.`, zh: `KML 只能使用经纬度；未采用 ${crsLabel(crs)}。` });
    crs = crsByCode(4490)!;
  }
  if (options.format === 'coordinate-txt') return exportCoordinateTxt(inputs[0]!, crs, options);
  if (crs.datumWarning) warnings.push(crs.datumWarning);
  const masked: Record<string, number> = {};
  const layers: { input: ExportLayerInput; features: Feature<Geometry | null, Record<string, unknown>>[] }[] = [];
  for (const input of inputs) layers.push({ input, features: await prepare(input, crs, options, masked) });
  const first = layers[0]!;
  const name = first.input.table;
  let bytes: Uint8Array;
  switch (options.format) {
    case 'geojson':
      bytes = writeGeoJson(first.features, { crs, name });
      break;
    case 'kml':
      bytes = writeKml(first.features, { name: findTableSchema(name)?.label.zh ?? name });
      break;
    case 'csv':
      bytes = writeCsv(first.features, { crs, geometry: options.tableGeometry ?? 'wkt' });
      break;
    case 'shapefile': {
      const written = writeShapefile(first.features, { name, crs, encoding: options.encoding ?? 'utf-8', fieldKinds: fieldKinds(name) });
      warnings.push(...written.warnings);
      bytes = written.zip;
      break;
    }
    case 'xlsx': {
      const { columns, rows } = xlsxColumns(name, first.features);
      const written = await writeXlsx(rows, { sheetName: findTableSchema(name)?.label.zh ?? name, crs, columns, geometry: options.tableGeometry ?? 'xy' });
      warnings.push(...written.warnings);
      bytes = written.bytes;
      break;
    }
    case 'geopackage': {
      if (!options.sql) throw new FormatReadError('GeoPackage export needs sql.js, which this caller did not load.', '导出 GeoPackage 需要 sql.js，但调用方未加载。');
      bytes = writeGeoPackage(options.sql, layers.map((l) => {
        const schema = findTableSchema(l.input.table);
        return {
          name: l.input.table,
          features: l.features,
          fieldKinds: fieldKinds(l.input.table),
          title: schema?.label.zh ?? l.input.table,
          ...(schema ? { columns: schema.columns.filter((c) => c.kind !== 'blob' && c.name !== schema.primaryKey).map((c) => c.name), geometryType: schema.geometryType ?? null } : {}),
        };
      }), crs);
      break;
    }
  }
  const maskedCount = Object.values(masked).reduce((a, b) => a + b, 0);
  if (maskedCount > 0) warnings.push({ en: `${maskedCount} personal values (${Object.keys(masked).join(', ')}) were masked; include them only when the recipient may see them.`, zh: `已遮蔽 ${maskedCount} 项个人信息（${Object.keys(masked).join('、')}）；仅在接收方有权查看时才包含。` });
  return { bytes, warnings, masked, crs };
}

/** A coordinate TXT is written in a CGCS2000 3° zone: the chosen system names the zone and whether eastings carry it. */
async function exportCoordinateTxt(input: ExportLayerInput, crs: CrsInfo, options: ExportOptions): Promise<ExportResult> {
  const gk = crs.gaussKruger;
  if (crs.code !== 4490 && (crs.datum !== 'CGCS2000' || gk?.zoneWidth !== 3))
    throw new FormatReadError(`A coordinate TXT for filing is written in a CGCS2000 3° zone; ${crsLabel(crs)} is not one: choose a zone (e.g. EPSG:4526 for zone 38 with the prefix, EPSG:4547 without).`, `报部界址点坐标 TXT 须采用 CGCS2000 3度带；${crsLabel(crs)} 不是：请选择投影带（如 38 带加带号为 EPSG:4526，不加为 EPSG:4547）。`);
  const masked: Record<string, number> = {};
  const features = await prepare(input, crsByCode(4490)!, { ...options, includePersonal: true }, masked);
  const written = writeCoordinateTxt(features, {
    ...(gk ? { zone: gk.zone, prefixed: gk.prefixed } : {}),
    encoding: options.encoding ?? 'gbk',
    ...(options.txtDate ? { date: options.txtDate } : {}),
    ...(options.txtProducer ? { producer: options.txtProducer } : {}),
    ...(TXT_PLOT_USE[input.table] ? { use: TXT_PLOT_USE[input.table] } : {}),
  });
  return { bytes: written.bytes, warnings: written.warnings, masked, crs: written.crs };
}

/** One layer; see exportLayers. */
export function exportLayer(input: ExportLayerInput, options: ExportOptions): Promise<ExportResult> {
  return exportLayers([input], options);
}

// The one entry the import wizard and `landlink import` call: a set of picked files (a shapefile's parts, a .zip,
// .kml/.kmz, .csv/.tsv/.xlsx, .geojson/.json, .gpkg) in, features out, with the coordinate-system decision of
// shared/crs/detect (.prj or the file's own reference, zone prefix, axis order, or the user's override), the text
// encoding used and why, and warnings. Nothing is reprojected here: the preview and import-file.ts do that.
import type { SqlJsStatic } from 'sql.js';
import type { BilingualText, CrsInfo } from '../crs/crs-info';
import type { CrsDecision, CrsRefusal } from '../crs/detect/detect-crs';
import { parseCrsCode, UnknownCrsError } from '../crs/parse-crs-code';
import { decideLayerCrs } from '../geo/measure/measure-layer';
import { readCoordinateTxt } from './coordinate-txt/read-coordinate-txt';
import { readCsv } from './csv/read-csv';
import { readDxf } from './dxf/read-dxf';
import { loadGdal } from './filegdb/gdal-wasm';
import { readFileGdb } from './filegdb/read-filegdb';
import { detectFormat, type FileFormat } from './detect-format';
import { readGeoJson } from './geojson/read-geojson';
import { geoPackageFeatureTables, readGeoPackageLayer } from './geopackage/read-geopackage';
import { readKml } from './kml/read-kml';
import { readKmz } from './kml/read-kmz';
import { step, type LongTaskOptions } from './progress';
import { FormatReadError } from './read-error';
import type { ReadLayer } from './read-result';
import type { EncodingChoice } from './shapefile/dbf-encoding';
import { readShapefileFromFiles, readShapefileZip, shapefileLayerNames } from './shapefile/read-shapefile';
import { unzipEntries } from './shapefile/shapefile-files';
import type { TableGeometry } from './table/table-to-layer';
import { readXlsx } from './xlsx/read-xlsx';

export interface ReadAnyOptions extends LongTaskOptions {
  /** Shapefile layer in a zip/folder, GeoPackage table, or XLSX sheet. */
  readonly layer?: string;
  /** The user's coordinate system (`--crs EPSG:4547` or a CrsInfo): wins over the .prj and detection. */
  readonly crs?: string | CrsInfo;
  /** The user's text encoding (`--encoding GBK`): wins over detection. */
  readonly encoding?: string;
  /** CSV/XLSX: points, corner-point polygons, or decide from the table (default). */
  readonly tableGeometry?: TableGeometry;
  /** sql.js, needed only for GeoPackage input (the core never initialises it: Node and the browser load it differently). */
  readonly sql?: SqlJsStatic;
}

export interface ReadAnyResult {
  readonly format: FileFormat;
  /** The file that was read (for a shapefile, its .shp or .dbf). */
  readonly file: string;
  readonly layer: ReadLayer;
  /** Every layer/sheet the input offers, for the wizard to choose from. */
  readonly layers: string[];
  /** How the coordinate system was decided, or why it could not be (then ask the user for one). */
  readonly crs: CrsDecision | CrsRefusal;
  readonly encoding?: EncodingChoice;
  /** How the file was understood (which columns hold coordinates, how rows became polygons…). */
  readonly notes: BilingualText[];
  /** What the user should know before importing (datum, features without geometry…). */
  readonly warnings: BilingualText[];
}

function openDatabase(sql: SqlJsStatic | undefined, bytes: Uint8Array, name: string) {
  if (!sql) throw new FormatReadError(`${name} is a GeoPackage, and this caller did not load sql.js to read it.`, `${name} 是 GeoPackage，但调用方未加载 sql.js，无法读取。`);
  try {
    const db = new sql.Database(bytes);
    db.exec('SELECT count(*) FROM sqlite_master'); // sql.js opens anything; the first query tells
    return db;
  } catch {
    throw new FormatReadError(`${name} is not a GeoPackage (SQLite) file or is damaged; export it again from its source.`, `${name} 不是 GeoPackage（SQLite）文件或已损坏；请从源头重新导出。`);
  }
}

async function readLayer(files: ReadonlyMap<string, Uint8Array>, format: FileFormat, main: string, options: ReadAnyOptions): Promise<{ layer: ReadLayer; layers: string[]; notes: BilingualText[]; warnings?: BilingualText[] }> {
  const bytes = files.get(main)!;
  const long = { ...(options.onProgress ? { onProgress: options.onProgress } : {}), ...(options.cancel ? { cancel: options.cancel } : {}) };
  const encoding = options.encoding ? { encoding: options.encoding } : {};
  const base = main.replace(/^.*[/\\]/, '');
  switch (format) {
    case 'shapefile': {
      const layer = readShapefileFromFiles(files, { ...encoding, ...(options.layer ? { layer: options.layer } : {}) });
      return { layer, layers: shapefileLayerNames(files), notes: [] };
    }
    case 'shapefile-zip': {
      const layer = readShapefileZip(bytes, { ...encoding, ...(options.layer ? { layer: options.layer } : {}) }, base);
      return { layer, layers: shapefileLayerNames(unzipEntries(bytes, base)), notes: [] };
    }
    case 'kml': return { layer: readKml(bytes, base, { ...long, ...encoding }), layers: [], notes: [] };
    case 'kmz': return { layer: readKmz(bytes, base, { ...long, ...encoding }), layers: [], notes: [] };
    case 'csv': {
      const layer = readCsv(bytes, base, { ...long, ...encoding, ...(options.tableGeometry ? { geometry: options.tableGeometry } : {}) });
      return { layer, layers: [], notes: layer.notes };
    }
    case 'xlsx': {
      const layer = await readXlsx(bytes, base, { ...long, ...(options.layer ? { sheet: options.layer } : {}), ...(options.tableGeometry ? { geometry: options.tableGeometry } : {}) });
      return { layer, layers: layer.sheets, notes: layer.notes };
    }
    case 'geojson': return { layer: readGeoJson(bytes, base), layers: [], notes: [] };
    case 'filegdb': {
      // GDAL in WebAssembly is large: loaded only now, once, by the loader this runtime registered.
      const read = await readFileGdb(files, await loadGdal(), { name: base, ...(options.layer ? { layer: options.layer } : {}) });
      return { layer: read.layer, layers: read.layers, notes: [{ en: `File Geodatabase read with GDAL's OpenFileGDB driver (WebAssembly); layer ${read.layer.name} of ${read.layers.join(', ')}.`, zh: `使用 GDAL 的 OpenFileGDB 驱动（WebAssembly）读取 File Geodatabase；图层 ${read.layer.name}（共有 ${read.layers.join('、')}）。` }] };
    }
    case 'dxf': {
      const layer = readDxf(bytes, base, { ...long, ...encoding });
      return { layer, layers: [], notes: layer.notes, warnings: layer.warnings };
    }
    case 'coordinate-txt': {
      const layer = readCoordinateTxt(bytes, base, { ...long, ...encoding });
      return { layer, layers: [], notes: layer.notes, warnings: layer.warnings };
    }
    case 'geopackage': {
      const db = openDatabase(options.sql, bytes, base);
      try {
        return { layer: readGeoPackageLayer(db, options.layer, base), layers: geoPackageFeatureTables(db), notes: [] };
      } finally {
        db.close();
      }
    }
  }
}

function parseUserCrs(text: string): CrsInfo {
  try {
    return parseCrsCode(text);
  } catch (error) {
    if (error instanceof UnknownCrsError) throw new FormatReadError(error.message, error.messageZh);
    throw error;
  }
}

export async function readAny(files: ReadonlyMap<string, Uint8Array>, options: ReadAnyOptions = {}): Promise<ReadAnyResult> {
  const detected = detectFormat(files);
  step(options, 0, 1);
  const { layer: read, layers, notes, warnings: readWarnings = [] } = await readLayer(files, detected.format, detected.main, options);
  // A .prj picked beside a table or GeoJSON file says what system its numbers are in.
  const layer: ReadLayer = detected.prj && detected.format !== 'shapefile' && read.crsText === undefined ? { ...read, crsText: new TextDecoder('utf-8').decode(files.get(detected.prj)!).trim() } : read;
  if (layer.features.length === 0)
    throw new FormatReadError(`${detected.main.replace(/^.*[/\\]/, '')}${layer.name ? ` (layer ${layer.name})` : ''} has no features; check that the right file or layer was picked.`, `${detected.main.replace(/^.*[/\\]/, '')} 中没有要素；请确认所选文件或图层。`);
  const declared = typeof options.crs === 'string' ? parseUserCrs(options.crs) : options.crs;
  const crs = decideLayerCrs(layer, declared);
  const warnings: BilingualText[] = crs.ok ? [...crs.warnings, ...readWarnings] : [...readWarnings];
  const empty = layer.features.filter((f) => f.geometry === null).length;
  if (empty > 0) warnings.push({ en: `${empty} of ${layer.features.length} features have no geometry.`, zh: `${layer.features.length} 个要素中有 ${empty} 个没有几何。` });
  const collections = layer.features.filter((f) => f.geometry?.type === 'GeometryCollection').length;
  if (collections > 0) warnings.push({ en: `${collections} features mix points, lines and polygons (GeometryCollection); Landlink layers take one kind each.`, zh: `${collections} 个要素混合了点、线、面（几何集合）；Landlink 每个图层只接受一种几何类型。` });
  step(options, 1, 1);
  return { format: detected.format, file: detected.main, layer, layers, crs, ...(layer.encoding ? { encoding: layer.encoding } : {}), notes, warnings };
}

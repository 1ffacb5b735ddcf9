// Which format a set of picked files is: by file names first (a shapefile is several files), then by the bytes
// (a renamed file, a download without an extension). Old binary .xls and other formats get a sentence saying
// what to do instead.
import { isCoordinateTxt } from './coordinate-txt/is-coordinate-txt';
import { looksLikeFileGdb } from './filegdb/gdb-files';
import { FormatReadError } from './read-error';

export type FileFormat = 'shapefile' | 'shapefile-zip' | 'kml' | 'kmz' | 'csv' | 'xlsx' | 'geojson' | 'geopackage' | 'coordinate-txt' | 'dxf' | 'filegdb';

export interface DetectedInput {
  readonly format: FileFormat;
  /** The file to read (for a shapefile: any of its parts). */
  readonly main: string;
  /** A .prj picked beside a table or GeoJSON: its coordinate system applies to that file. */
  readonly prj?: string;
}

const SHAPEFILE_PARTS = /\.(shp|shx|dbf|prj|cpg|sbn|sbx|qix|qmd|xml|fix|aih|ain|atx|ixs|mxs|idx|qpj)$/i;
const BY_EXTENSION: Record<string, FileFormat> = {
  zip: 'shapefile-zip', kml: 'kml', kmz: 'kmz', csv: 'csv', tsv: 'csv', tab: 'csv', txt: 'csv', xlsx: 'xlsx', xlsm: 'xlsx',
  geojson: 'geojson', json: 'geojson', gpkg: 'geopackage', sqlite: 'geopackage', dxf: 'dxf',
};

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** The format from the first bytes, when the name does not tell. */
export function formatFromBytes(bytes: Uint8Array): FileFormat | undefined {
  if (startsWith(bytes, 'SQLite format 3\0')) return 'geopackage';
  if (startsWith(bytes, 'PK\x03\x04')) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 4096)));
    if (head.includes('[Content_Types].xml') || head.includes('xl/')) return 'xlsx';
    if (/\.kml/i.test(head)) return 'kmz';
    if (/\.gdb\/[^/]*\.gdbtable/i.test(head)) return 'filegdb';
    return 'shapefile-zip';
  }
  if (bytes.length >= 4 && bytes[0] === 0x00 && bytes[1] === 0x00 && bytes[2] === 0x27 && bytes[3] === 0x0a) return 'shapefile';
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart();
  if (/^0\s*\r?\n\s*SECTION\b/.test(text)) return 'dxf';
  if (text.startsWith('{') || text.startsWith('[')) return 'geojson';
  if (text.startsWith('<')) return /<kml[\s>]/i.test(text) || text.startsWith('<?xml') ? 'kml' : undefined;
  return undefined;
}

const extensionOf = (name: string) => /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

export function detectFormat(files: ReadonlyMap<string, Uint8Array>): DetectedInput {
  const names = [...files.keys()];
  if (names.length === 0) throw new FormatReadError('No file was given; pick a shapefile (.shp with .dbf, or .zip), KML/KMZ, CSV, XLSX, GeoJSON or GeoPackage.', '未选择文件；请选择 shapefile（.shp 与 .dbf，或 .zip）、KML/KMZ、CSV、XLSX、GeoJSON 或 GeoPackage。');
  // A .gdb folder's files (a File Geodatabase), whatever else lies beside them.
  if (looksLikeFileGdb(names)) return { format: 'filegdb', main: names.find((n) => /\.gdbtable$/i.test(n))! };
  const shp = names.find((n) => /\.(shp|dbf)$/i.test(n));
  if (shp) return { format: 'shapefile', main: shp };
  const prj = names.find((n) => /\.prj$/i.test(n));
  const others = names.filter((n) => !SHAPEFILE_PARTS.test(n));
  if (others.length === 0) {
    const shx = names.find((n) => /\.shx$/i.test(n));
    throw new FormatReadError(
      shx ? `Only ${shx} was picked; a shapefile needs its .shp and .dbf too: pick them together, or the .zip that holds them.` : `${names.join(', ')} hold no geometry; pick the data file itself (.shp with .dbf, .zip, .kml, .csv, .xlsx, .geojson or .gpkg).`,
      shx ? `只选择了 ${shx}；shapefile 还需要 .shp 与 .dbf：请一并选择，或选择包含它们的 .zip。` : `${names.join('、')} 中没有几何数据；请选择数据文件本身（.shp 与 .dbf、.zip、.kml、.csv、.xlsx、.geojson 或 .gpkg）。`,
    );
  }
  if (others.length > 1) throw new FormatReadError(`${others.length} data files were picked (${others.join(', ')}); import one at a time.`, `选择了 ${others.length} 个数据文件（${others.join('、')}）；请逐个导入。`);
  const main = others[0]!;
  const bytes = files.get(main)!;
  if (bytes.byteLength === 0) throw new FormatReadError(`${main} is empty.`, `${main} 是空文件。`);
  const extension = extensionOf(main);
  if (extension === 'dwg' || startsWith(bytes, 'AC10'))
    throw new FormatReadError(`${main} is a DWG drawing, which Landlink cannot read; save it as DXF in the CAD program (Save As → DXF) and import that.`, `${main} 是 DWG 图形，Landlink 无法直接读取；请在 CAD 软件中另存为 DXF 后导入。`);
  if (extension === 'xls' || startsWith(bytes, '\xD0\xCF\x11\xE0'))
    throw new FormatReadError(`${main} is an old Excel .xls workbook; open it in Excel or WPS and save it as .xlsx, then import that.`, `${main} 是旧版 Excel .xls 工作簿；请在 Excel 或 WPS 中另存为 .xlsx 后再导入。`);
  const sniffed = formatFromBytes(bytes);
  let format = BY_EXTENSION[extension];
  // Trust the bytes over the name where they clearly tell: SQLite is a GeoPackage, and a .zip may be a KMZ or a
  // workbook; a file without a known extension is what its bytes say.
  if (sniffed === 'geopackage' || format === undefined || (format === 'shapefile-zip' && (sniffed === 'kmz' || sniffed === 'xlsx' || sniffed === 'filegdb'))) format = sniffed;
  // A .txt (or a file without a known extension) with the ministry's section markers is a coordinate TXT, not a table.
  if ((format === 'csv' || format === undefined) && extension !== 'csv' && isCoordinateTxt(bytes)) format = 'coordinate-txt';
  if (!format)
    throw new FormatReadError(`${main} is not a format Landlink imports; give a shapefile (.shp with .dbf, or .zip), .kml/.kmz, .csv/.tsv, .xlsx, .geojson, .gpkg, .dxf or a boundary-point coordinate .txt.`, `${main} 不是 Landlink 可导入的格式；请提供 shapefile（.shp 与 .dbf，或 .zip）、.kml/.kmz、.csv/.tsv、.xlsx、.geojson、.gpkg、.dxf 或界址点坐标 .txt。`);
  return { format, main, ...(prj ? { prj } : {}) };
}

// Reads one feature class of an Esri File Geodatabase (三调 DLTB, XZQ, CZCDYD…) with GDAL's OpenFileGDB driver in
// WebAssembly: the .gdb's files go into gdal3.js's in-memory file system, ogr2ogr copies the chosen layer into a
// GeoPackage (five times faster in WebAssembly than writing GeoJSON text) with its Chinese field names, coded-value
// domains resolved into extra fields, and its coordinate system; then the GeoPackage reader takes over. Coordinates
// stay as stored (no reprojection here): shared/crs/detect decides the system as for any other file.
import { readGeoPackageLayer } from '../geopackage/read-geopackage';
import { FormatReadError } from '../read-error';
import type { ReadLayer } from '../read-result';
import type { FileGdbTools, GdalDataset } from './gdal-wasm';
import { gdbFiles } from './gdb-files';

let session = 0;

/** The 三调 layer an import of a whole 三调 database most often wants. */
const PREFERRED = ['DLTB', 'CZCDYD', 'XZQ'];

export async function readFileGdb(files: ReadonlyMap<string, Uint8Array>, tools: FileGdbTools, options: { layer?: string; name: string }): Promise<{ layer: ReadLayer; layers: string[] }> {
  const { gdal, sql } = tools;
  const { folder, files: gdb } = gdbFiles(files, options.name);
  const FS = gdal.Module.FS;
  const root = `/output/landlink-${++session}`;
  const path = `${root}/${folder}`;
  FS.mkdir(root);
  FS.mkdir(path);
  for (const [file, bytes] of gdb) FS.writeFile(`${path}/${file}`, bytes);
  let dataset: GdalDataset | undefined;
  try {
    const opened = await gdal.open(path);
    dataset = opened.datasets[0];
    if (!dataset) throw new FormatReadError(`${folder} could not be opened as a File Geodatabase (it may be damaged, or written by a newer ArcGIS than GDAL reads); export it again, or as a shapefile.`, `${folder} 无法作为 File Geodatabase 打开（可能已损坏，或版本过新）；请重新导出，或导出为 shapefile。`);
    const info = await gdal.getInfo(dataset);
    const layers = (info.layers ?? []).map((l) => l.name);
    if (layers.length === 0) throw new FormatReadError(`${folder} holds no feature class; check that the right database was picked.`, `${folder} 中没有要素类；请确认所选数据库。`);
    const wanted = options.layer ?? PREFERRED.find((p) => layers.includes(p)) ?? layers[0]!;
    const layerName = layers.find((l) => l === wanted) ?? layers.find((l) => l.toLowerCase() === wanted.toLowerCase());
    if (!layerName) throw new FormatReadError(`${folder} has no layer “${wanted}”; choose one of ${layers.join(', ')}.`, `${folder} 中没有图层“${wanted}”；请从 ${layers.join('、')} 中选择。`);
    const output = await gdal.ogr2ogr(dataset, ['-f', 'GPKG', '-resolveDomains', '-nln', 'layer', layerName], `landlink-${session}`);
    const bytes = await gdal.getFileBytes(output);
    try {
      FS.unlink(output.local);
    } catch {
      // the output lives in memory: leaving it only costs memory until the worker ends
    }
    const db = new sql.Database(bytes);
    try {
      const layer = readGeoPackageLayer(db, 'layer', layerName);
      return { layer: { ...layer, name: layerName }, layers };
    } finally {
      db.close();
    }
  } finally {
    if (dataset) gdal.close(dataset);
    for (const file of gdb.keys()) FS.unlink(`${path}/${file}`);
    FS.rmdir(path);
    FS.rmdir(root);
  }
}

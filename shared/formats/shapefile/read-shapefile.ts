// Shapefile reader: the .shp geometries joined with the .dbf attributes (text encoding detected), the .prj kept for
// CRS detection. Input is the set of files of one layer, or a .zip (pick the layer by name when it holds several).
import type { Feature, Geometry } from 'geojson';
import { FormatReadError } from '../read-error';
import type { ReadLayer, ReadProperties } from '../read-result';
import { readDbf } from './read-dbf';
import { readShp } from './read-shp';
import { groupShapefileFiles, unzipEntries, type ShapefileFiles } from './shapefile-files';

export interface ShapefileReadOptions {
  /** Layer name (base name of the .shp) when the input holds several. */
  readonly layer?: string;
  /** Text encoding to use instead of detection (`--encoding`). */
  readonly encoding?: string;
}

const text = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder('utf-8').decode(bytes) : undefined);

export function readShapefileLayer(files: ShapefileFiles, options: ShapefileReadOptions = {}): ReadLayer {
  if (!files.shp)
    throw new FormatReadError(`The layer "${files.name}" has no .shp file; pick the .shp together with its .dbf (and .prj, .cpg), or the .zip that holds them.`, `图层“${files.name}”缺少 .shp 文件；请同时选择 .shp 与 .dbf（及 .prj、.cpg），或包含它们的 .zip。`);
  const geometries = readShp(files.shp, `${files.name}.shp`);
  const cpg = text(files.cpg);
  const table = files.dbf ? readDbf(files.dbf, { name: `${files.name}.dbf`, ...(cpg !== undefined ? { cpg } : {}), ...(options.encoding ? { encoding: options.encoding } : {}) }) : undefined;
  if (table && table.records.length !== geometries.length)
    throw new FormatReadError(
      `${files.name}.shp has ${geometries.length} shapes but ${files.name}.dbf has ${table.records.length} records; the files do not belong together or one is truncated.`,
      `${files.name}.shp 有 ${geometries.length} 个图形，而 ${files.name}.dbf 有 ${table.records.length} 条记录；文件不配套或已截断。`,
    );
  const features: Feature<Geometry | null, ReadProperties>[] = [];
  geometries.forEach((geometry, i) => {
    const properties = table ? table.records[i] : {};
    if (properties === undefined) return; // deleted record
    features.push({ type: 'Feature', properties, geometry });
  });
  const prj = text(files.prj)?.trim();
  return { name: files.name, features, ...(prj ? { crsText: prj } : {}), ...(table ? { encoding: table.encoding } : {}) };
}

function pickLayer(layers: ShapefileFiles[], where: string, layer?: string): ShapefileFiles {
  if (layers.length === 0)
    throw new FormatReadError(`${where} holds no shapefile (.shp with .dbf); check that the right file was picked.`, `${where} 中没有 shapefile（.shp 与 .dbf）；请确认所选文件。`);
  if (layer !== undefined) {
    const found = layers.find((l) => l.name === layer || l.name.toLowerCase() === layer.toLowerCase());
    if (!found) throw new FormatReadError(`${where} has no layer "${layer}"; its layers are: ${layers.map((l) => l.name).join(', ')}.`, `${where} 中没有图层“${layer}”；现有图层：${layers.map((l) => l.name).join('、')}。`);
    return found;
  }
  if (layers.length > 1)
    throw new FormatReadError(`${where} holds ${layers.length} shapefile layers (${layers.map((l) => l.name).join(', ')}); choose one with --layer.`, `${where} 含有 ${layers.length} 个图层（${layers.map((l) => l.name).join('、')}）；请用 --layer 选择。`);
  return layers[0]!;
}

/** Reads one layer from a set of files (path → bytes). */
export function readShapefileFromFiles(files: ReadonlyMap<string, Uint8Array>, options: ShapefileReadOptions = {}): ReadLayer {
  return readShapefileLayer(pickLayer(groupShapefileFiles(files), 'The picked files', options.layer), options);
}

/** Reads one layer from a .zip. */
export function readShapefileZip(zip: Uint8Array, options: ShapefileReadOptions = {}, name = 'the .zip file'): ReadLayer {
  return readShapefileLayer(pickLayer(groupShapefileFiles(unzipEntries(zip, name)), name, options.layer), options);
}

/** Names of the shapefile layers in a set of files or a .zip's entries. */
export function shapefileLayerNames(files: ReadonlyMap<string, Uint8Array>): string[] {
  return groupShapefileFiles(files).map((l) => l.name);
}

// The import worker's work, kept free of worker plumbing so it can be tested on its own: read the picked files with
// the user's choices (shared/formats/import-file.ts), check every geometry, and say what the wizard must show.
import type { SqlJsStatic } from 'sql.js';
import { geometryArea } from '../../../shared/domain/cached-area';
import { mapConvertedRead, readAndConvert, type ConvertedRead, type ImportFileResult } from '../../../shared/formats/import-file';
import { ReadCancelledError, type LongTaskOptions } from '../../../shared/formats/progress';
import { FormatReadError } from '../../../shared/formats/read-error';
import { readAny, type ReadAnyOptions, type ReadAnyResult } from '../../../shared/formats/read-any';
import { repairGeometry, validateGeometry } from '../../../shared/geo/validate/index';
import type { CrsState, FeatureGeometryReport, MappedFeatures, PrepareRequest, PreparedImport } from './import-messages';

/** Rows the preview table shows. */
export const SAMPLE_ROWS = 50;

export interface PrepareContext extends LongTaskOptions {
  /** Loads sql.js; called only for GeoPackage input. */
  readonly loadSql?: () => Promise<SqlJsStatic>;
}

const isGeoPackage = (files: ReadonlyMap<string, Uint8Array>) => [...files.keys()].some((name) => /\.gpkg$/i.test(name));

function sourceNameOf(files: ReadonlyMap<string, Uint8Array>, main: string): string {
  const base = main.replace(/^.*[/\\]/, '');
  return files.size > 1 ? base.replace(/\.(shp|dbf)$/i, '') || base : base;
}

/** Validates every geometry; where the safe repair leaves no error, keeps the repaired geometry for "fix". */
export function geometryReports(collection: MappedFeatures['collection'], options: LongTaskOptions = {}): FeatureGeometryReport[] {
  const out: FeatureGeometryReport[] = [];
  collection.features.forEach((feature, i) => {
    if (i % 2000 === 0 && options.cancel?.cancelled) return;
    if (!feature.geometry) {
      out.push({ feature: i, problems: [{ code: 'empty_geometry', severity: 'error', message: 'The feature has no geometry.', messageZh: '该要素没有几何。' }], repairs: [] });
      return;
    }
    const problems = validateGeometry(feature.geometry);
    if (problems.length === 0) return;
    const repair = repairGeometry(feature.geometry);
    const fixed = repair.repairs.length > 0 && !repair.remaining.some((p) => p.severity === 'error');
    out.push({
      feature: i,
      problems,
      ...(fixed ? { repaired: repair.geometry } : {}),
      repairs: fixed ? repair.repairs.map((r) => ({ en: r.message, zh: r.messageZh })) : [],
    });
  });
  return out;
}

function crsState(read: ReadAnyResult): CrsState {
  if (!read.crs.ok) return { ok: false, reason: read.crs.reason };
  const { crs, how, axisSwapped, warnings } = read.crs;
  return { ok: true, code: crs.code, name: crs.name, how, axisSwapped, warnings };
}

function mapped(result: ImportFileResult, options: LongTaskOptions): MappedFeatures {
  return {
    collection: result.collection,
    entries: result.mapping.entries,
    missingRequired: result.mapping.missingRequired,
    sourceAreaFields: result.mapping.sourceAreas,
    areasM2: result.collection.features.map((f) => (f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') ? geometryArea(f.geometry) : null)),
    sourceAreas: result.sourceAreas,
    valueProblems: result.problems,
    geometry: geometryReports(result.collection, options),
  };
}

function describe(read: ReadAnyResult, files: ReadonlyMap<string, Uint8Array>, table: string, warnings: PreparedImport['warnings'], mappedFeatures?: MappedFeatures): PreparedImport {
  const features = read.layer.features;
  return {
    sourceName: sourceNameOf(files, read.file),
    format: read.format,
    file: read.file,
    layerName: read.layer.name,
    layers: read.layers,
    ...(read.encoding ? { encoding: read.encoding } : {}),
    crs: crsState(read),
    notes: read.notes,
    warnings,
    fields: [...new Set(features.flatMap((f) => Object.keys(f.properties)))],
    featureCount: features.length,
    sampleRows: features.slice(0, SAMPLE_ROWS).map((f) => f.properties),
    table,
    ...(mappedFeatures ? { mapped: mappedFeatures } : {}),
  };
}

/**
 * The last read, converted to EPSG:4490, for the files and read choices it came from: changing the target table, a
 * field's mapping or a default value then maps again without reading a county's shapefile a second time.
 */
let lastRead: { files: ReadonlyMap<string, Uint8Array>; key: string; converted: ConvertedRead } | null = null;

async function convertedReadOf(files: ReadonlyMap<string, Uint8Array>, choices: PrepareRequest['read'], options: ReadAnyOptions): Promise<ConvertedRead> {
  const key = JSON.stringify(choices);
  if (lastRead && lastRead.files === files && lastRead.key === key) return lastRead.converted;
  lastRead = null;
  const converted = await readAndConvert(files, options);
  lastRead = { files, key, converted };
  return converted;
}

export async function prepareImport(files: ReadonlyMap<string, Uint8Array>, request: PrepareRequest, context: PrepareContext = {}): Promise<PreparedImport> {
  const sql = isGeoPackage(files) && context.loadSql ? await context.loadSql() : undefined;
  const readOptions: ReadAnyOptions = {
    ...(request.read.layer ? { layer: request.read.layer } : {}),
    ...(request.read.crsCode ? { crs: `EPSG:${request.read.crsCode}` } : {}),
    ...(request.read.encoding ? { encoding: request.read.encoding } : {}),
    ...(request.read.tableGeometry ? { tableGeometry: request.read.tableGeometry } : {}),
    ...(sql ? { sql } : {}),
    ...(context.onProgress ? { onProgress: context.onProgress } : {}),
    ...(context.cancel ? { cancel: context.cancel } : {}),
  };
  try {
    const converted = await convertedReadOf(files, request.read, readOptions);
    const result = mapConvertedRead(converted, { table: request.table, fieldMap: request.userMap, defaults: request.defaults });
    return describe(result.read, files, result.table, result.warnings, mapped(result, context));
  } catch (error) {
    // importFile refuses when the coordinate system cannot be decided; read again without mapping so the wizard can
    // still show the fields and the reason, and ask for a system. Any other failure stands.
    if (!(error instanceof FormatReadError) || error instanceof ReadCancelledError) throw error;
    const read = await readAny(files, readOptions).catch(() => undefined);
    if (read && !read.crs.ok) return describe(read, files, request.table, read.warnings);
    throw error;
  }
}

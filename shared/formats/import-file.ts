// Everything between picked files and `importGeoJSON`: read (read-any.ts), decide the coordinate system, convert to
// EPSG:4490, map source fields to the target table's columns (三调 DLTB and Chinese headers pre-mapped), check each
// value against its column, and compare any area the source states with the ellipsoidal area. The result is a
// FeatureCollection whose properties are Landlink column names: the wizard previews it, and the worker (or
// `landlink import`) hands it to importGeoJSON(db, table, collection), all or nothing.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { BilingualText } from '../crs/crs-info';
import type { CrsDecision } from '../crs/detect/detect-crs';
import { transformToCgcs2000 } from '../crs/transform/to-cgcs2000';
import { transformGeometryInPlace } from '../crs/transform/transform-geometry';
import { geometryArea } from '../domain/cached-area';
import { normalizeValue } from '../domain/validate-value';
import { compareSourceAreas, sourceAreaWarning, type SourceAreaComparison } from './field-mapping/source-areas';
import { suggestFieldMap, targetTable, type FieldMapping } from './field-mapping/suggest-field-map';
import { CHUNK, step } from './progress';
import { readAny, type ReadAnyOptions, type ReadAnyResult } from './read-any';
import { FormatReadError } from './read-error';

export interface ImportFileOptions extends ReadAnyOptions {
  /** Target table: reclaim_parcels, old_houses, resettlement_sites, construction_plots, admin_areas, context_lines. */
  readonly table: string;
  /** The user's mapping, source field → column (null leaves a field out); merged over the suggestions. */
  readonly fieldMap?: Readonly<Record<string, string | null>>;
  /** Values for columns no field fills, e.g. { status: 'planned' } for a 三调 layer that has no status. */
  readonly defaults?: Readonly<Record<string, unknown>>;
}

export interface ValueProblemAt {
  readonly feature: number;
  readonly field: string;
  readonly column: string;
  readonly value: unknown;
  readonly message: BilingualText;
}

export interface ImportFileResult {
  /** EPSG:4490 longitude/latitude, properties keyed by column: pass to importGeoJSON(db, table, collection). */
  readonly collection: FeatureCollection<Geometry | null, Record<string, unknown>>;
  readonly table: string;
  /** What was read; its geometries are the collection's own, already converted to EPSG:4490. */
  readonly read: ReadAnyResult;
  readonly crs: CrsDecision;
  readonly mapping: FieldMapping;
  /** Source fields left out (no matching column, areas, or the user's choice). */
  readonly ignoredFields: string[];
  /** Values the column will refuse (unknown status, bad date…): importGeoJSON would stop at the first. */
  readonly problems: ValueProblemAt[];
  readonly sourceAreas: SourceAreaComparison[];
  readonly warnings: BilingualText[];
}

/** What was read, with its geometries converted to EPSG:4490: the costly half of an import, reusable while only the mapping changes. */
export interface ConvertedRead {
  readonly read: ReadAnyResult;
  readonly crs: CrsDecision;
}

export async function importFile(files: ReadonlyMap<string, Uint8Array>, options: ImportFileOptions): Promise<ImportFileResult> {
  return mapConvertedRead(await readAndConvert(files, options), options);
}

/** Reads the files and converts every geometry to EPSG:4490; refuses when the coordinate system cannot be decided. */
export async function readAndConvert(files: ReadonlyMap<string, Uint8Array>, options: ReadAnyOptions): Promise<ConvertedRead> {
  const read = await readAny(files, options);
  if (!read.crs.ok) throw new FormatReadError(read.crs.reason.en, read.crs.reason.zh);
  const toDegrees = transformToCgcs2000(read.crs.crs, read.crs.axisSwapped);
  const features = read.layer.features;
  // The read layer is this call's own: its geometries become EPSG:4490 where they stand (no copy of every position).
  features.forEach((feature, i) => {
    if (i % CHUNK === 0) step(options, i, features.length);
    if (feature.geometry) transformGeometryInPlace(feature.geometry, toDegrees);
  });
  step(options, features.length, features.length);
  return { read, crs: read.crs };
}

/** Maps a converted read's fields to the target table's columns and checks each value; the read is left as it is. */
export function mapConvertedRead(converted: ConvertedRead, options: Pick<ImportFileOptions, 'table' | 'fieldMap' | 'defaults'>): ImportFileResult {
  const { read, crs } = converted;
  const schema = targetTable(options.table);
  const features = read.layer.features;
  const fields = [...new Set(features.flatMap((f) => Object.keys(f.properties)))];
  const mapping = suggestFieldMap(fields, schema.name, { features, ...(options.fieldMap ? { userMap: options.fieldMap } : {}) });
  const columns = new Map(schema.columns.map((c) => [c.name, c]));
  const defaults = Object.entries(options.defaults ?? {}).filter(([column]) => columns.has(column) && !Object.values(mapping.fieldMap).includes(column));

  const out: Feature<Geometry | null, Record<string, unknown>>[] = [];
  const problems: ValueProblemAt[] = [];
  const areas: (number | null)[] = [];
  features.forEach((feature, i) => {
    const geometry = feature.geometry;
    const properties: Record<string, unknown> = {};
    for (const [column, value] of defaults) {
      const checked = normalizeValue(columns.get(column)!, value);
      properties[column] = checked.ok ? checked.value : value;
      if (!checked.ok && i === 0) problems.push({ feature: i, field: '', column, value, message: { en: checked.message, zh: checked.messageZh } });
    }
    for (const [field, column] of Object.entries(mapping.fieldMap)) {
      const value = feature.properties[field] ?? null;
      // Stored form where the column accepts it (已验收 → accepted, 2020/5/1 → 2020-05-01), else as read, reported.
      const checked = normalizeValue(columns.get(column)!, value);
      properties[column] = checked.ok ? checked.value : value;
      if (!checked.ok) problems.push({ feature: i, field, column, value, message: { en: checked.message, zh: checked.messageZh } });
    }
    areas.push(geometry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') ? geometryArea(geometry) : null);
    out.push({ type: 'Feature', properties, geometry });
  });

  const sourceAreas = compareSourceAreas(features.map((f) => f.properties), areas, mapping.sourceAreas);
  const warnings = [...read.warnings];
  const areaWarning = sourceAreaWarning(sourceAreas);
  if (areaWarning) warnings.push(areaWarning);
  const missing = mapping.missingRequired.filter((c) => !defaults.some(([d]) => d === c));
  if (missing.length > 0)
    warnings.push({ en: `No field fills the required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${schema.name}; map a field or give a default value.`, zh: `没有字段对应${schema.label.zh}的必填列 ${missing.map((c) => columns.get(c)!.label.zh).join('、')}；请映射字段或给出默认值。` });
  const ignoredFields = mapping.entries.filter((e) => e.column === null).map((e) => e.field).sort();
  return { collection: { type: 'FeatureCollection', features: out }, table: schema.name, read, crs, mapping, ignoredFields, problems, sourceAreas, warnings };
}

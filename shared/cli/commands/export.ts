// `landlink export <project.gpkg> --layer <table> --to <out.geojson|.zip|.kml|.csv|.xlsx|.gpkg|.txt> [--crs EPSG:n]
//  [--zone N] [--where column=value ...] [--encoding UTF-8|GBK] [--include-personal] [--geometry wkt|xy|none]`
// Writes one layer (or, for .gpkg, several: repeat --layer, or --layer all) through shared/formats/export, with
// household names and ID numbers masked unless --include-personal is given. `.txt` is the ministry's boundary-point
// coordinate TXT, in the CGCS2000 3° zone --zone names (prefixed eastings; --crs EPSG:4534–4554 for plain ones).
// --where keeps the rows whose column equals the value (e.g. one linkage project's parcels). Written atomically.
import type { FeatureCollection, Geometry } from 'geojson';
import path from 'node:path';
import type { CrsInfo } from '../../crs/crs-info';
import { crsLabel } from '../../crs/crs-info';
import { parseCrsCode, UnknownCrsError } from '../../crs/parse-crs-code';
import { PROJECT_TABLES } from '../../domain/tables/index';
import { exportFormatOf, exportLayers, type ExportLayerInput } from '../../formats/export/export-layer';
import { FormatReadError } from '../../formats/read-error';
import { writableEncoding } from '../../formats/text/encode-text';
import { atomicWriteFile } from '../../node/atomic-write-file';
import { loadSqlJs } from '../../node/load-sql-js';
import { readLayer, UnknownTableError } from '../../project/read-layer';
import type { CliCommand } from '../cli-command';
import { CliError } from '../cli-error';
import { parseArguments } from '../parse-arguments';
import { openProjectFile } from '../project-file';

const usage = 'landlink export <project.gpkg> --layer <table> --to <out.geojson|.zip|.kml|.csv|.xlsx|.gpkg|.txt> [--crs EPSG:n] [--zone N] [--where column=value ...] [--encoding UTF-8|GBK] [--include-personal] [--geometry wkt|xy|none]';
const EXPORTABLE = PROJECT_TABLES.filter((t) => t.kind !== 'media' && t.name !== 'audit_log' && t.name !== 'landlink_meta').map((t) => t.name);

/** --where column=value pairs; rows must match all of them. */
function whereFilters(list: readonly string[] | undefined): [string, string][] {
  return (list ?? []).map((pair) => {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(pair);
    if (!match) throw new CliError(`--where ${pair}: write it as column=value, e.g. --where project_code=GG2026-01`);
    return [match[1]!, match[2]!];
  });
}

function keepWhere(collection: FeatureCollection<Geometry | null, Record<string, unknown> | null>, where: readonly [string, string][], table: string) {
  if (where.length === 0) return collection;
  const columns = new Set(collection.features.flatMap((f) => Object.keys(f.properties ?? {})));
  for (const [column] of where) if (collection.features.length > 0 && !columns.has(column)) throw new CliError(`--where ${column}=…: ${table} has no column “${column}”; choose one of ${[...columns].join(', ')}`);
  const features = collection.features.filter((f) => where.every(([column, value]) => String(f.properties?.[column] ?? '') === value));
  if (features.length === 0) throw new CliError(`no row of ${table} has ${where.map(([c, v]) => `${c}=${v}`).join(' and ')}; nothing was written`);
  return { ...collection, features };
}

const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write a project layer as Shapefile (.zip), KML, CSV, XLSX, GeoJSON, GeoPackage or the ministry\'s coordinate TXT; personal data masked unless --include-personal',
  usage,
  async run(argv) {
    const { positionals, values } = parseArguments(argv, { layer: { type: 'string', multiple: true }, to: { type: 'string' }, crs: { type: 'string' }, encoding: { type: 'string' }, 'include-personal': { type: 'boolean' }, geometry: { type: 'string' }, zone: { type: 'string' }, where: { type: 'string', multiple: true } }, usage, { min: 1, max: 1 });
    const project = positionals[0]!;
    const out = values.to as string | undefined;
    if (!out) throw new CliError(`--to <file> is missing; usage: ${usage}`);
    const format = exportFormatOf(out);
    if (!format) throw new CliError(`“${path.basename(out)}”: the output must end in .geojson, .zip (shapefile), .kml, .csv, .xlsx, .gpkg or .txt (coordinate TXT)`);
    let tables = (values.layer as string[] | undefined) ?? [];
    if (tables.length === 0) throw new CliError(`--layer <table> is missing; choose one of ${EXPORTABLE.join(', ')}; usage: ${usage}`);
    if (tables.includes('all')) tables = EXPORTABLE;
    const encoding = values.encoding === undefined ? undefined : writableEncoding(String(values.encoding));
    if (values.encoding !== undefined && !encoding) throw new CliError(`--encoding ${String(values.encoding)}: Landlink writes UTF-8 or GBK`);
    if (encoding && format !== 'shapefile' && format !== 'coordinate-txt') throw new CliError(`--encoding applies to shapefiles (.zip) and coordinate TXT only; ${format === 'csv' ? 'CSV is written as UTF-8 with a byte-order mark, which Excel reads' : `${format} files are always UTF-8`}`);
    const geometry = values.geometry as string | undefined;
    if (geometry !== undefined && !['wkt', 'xy', 'none'].includes(geometry)) throw new CliError(`--geometry must be wkt, xy or none, not “${geometry}”`);
    let crs: CrsInfo | undefined;
    try {
      crs = values.crs === undefined ? undefined : parseCrsCode(String(values.crs));
    } catch (error) {
      if (error instanceof UnknownCrsError) throw new CliError(error.message);
      throw error;
    }
    if (values.zone !== undefined) {
      const zone = Number(values.zone);
      if (format !== 'coordinate-txt') throw new CliError(`--zone applies to coordinate TXT (.txt) only; give other formats a system with --crs EPSG:n`);
      if (crs) throw new CliError('give --zone or --crs, not both');
      if (!Number.isInteger(zone) || zone < 25 || zone > 45) throw new CliError(`--zone ${String(values.zone)}: give a CGCS2000 3° zone from 25 to 45 (e.g. --zone 38 for 114°E)`);
      crs = parseCrsCode(`EPSG:${4513 + zone - 25}`);
    }
    const where = whereFilters(values.where as string[] | undefined);

    const opened = await openProjectFile(project);
    let inputs: ExportLayerInput[];
    try {
      inputs = tables.map((table) => {
        try {
          return { table, collection: keepWhere(readLayer(opened.db, table), where, table) };
        } catch (error) {
          if (error instanceof UnknownTableError) throw new CliError(`${path.basename(project)} has no layer “${table}”; choose one of ${EXPORTABLE.join(', ')}`);
          throw error;
        }
      });
    } finally {
      opened.db.close();
    }
    let result;
    try {
      result = await exportLayers(inputs, {
        format,
        ...(crs ? { crs } : {}),
        ...(encoding ? { encoding } : {}),
        includePersonal: values['include-personal'] === true,
        ...(geometry ? { tableGeometry: geometry as 'wkt' | 'xy' | 'none' } : {}),
        ...(format === 'geopackage' ? { sql: await loadSqlJs() } : {}),
      });
    } catch (error) {
      if (error instanceof FormatReadError) throw new CliError(`${error.message.replace(/\.$/, '')}; nothing was written`);
      throw error;
    }
    atomicWriteFile(out, result.bytes, { keepBackup: false });
    const count = inputs.reduce((n, i) => n + i.collection.features.length, 0);
    process.stdout.write(`exported ${count} feature${count === 1 ? '' : 's'} of ${tables.join(', ')} to ${out} (${crsLabel(result.crs)})\n`);
    for (const warning of result.warnings) process.stderr.write(`landlink export: ${warning.en}\n`);
    return 0;
  },
};

export default exportCommand;

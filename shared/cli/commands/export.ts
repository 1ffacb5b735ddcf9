// `landlink export <project.gpkg> --layer <table> --to <out.geojson|.zip|.kml|.csv|.xlsx|.gpkg> [--crs EPSG:n]
//  [--encoding UTF-8|GBK] [--include-personal] [--geometry wkt|xy|none]`
// Writes one layer (or, for .gpkg, several: repeat --layer, or --layer all) through shared/formats/export, with
// household names and ID numbers masked unless --include-personal is given. The output is written atomically.
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

const usage = 'landlink export <project.gpkg> --layer <table> --to <out.geojson|.zip|.kml|.csv|.xlsx|.gpkg> [--crs EPSG:n] [--encoding UTF-8|GBK] [--include-personal] [--geometry wkt|xy|none]';
const EXPORTABLE = PROJECT_TABLES.filter((t) => t.kind !== 'media' && t.name !== 'audit_log' && t.name !== 'landlink_meta').map((t) => t.name);

const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write a project layer as Shapefile (.zip), KML, CSV, XLSX, GeoJSON or GeoPackage; personal data masked unless --include-personal',
  usage,
  async run(argv) {
    const { positionals, values } = parseArguments(argv, { layer: { type: 'string', multiple: true }, to: { type: 'string' }, crs: { type: 'string' }, encoding: { type: 'string' }, 'include-personal': { type: 'boolean' }, geometry: { type: 'string' } }, usage, { min: 1, max: 1 });
    const project = positionals[0]!;
    const out = values.to as string | undefined;
    if (!out) throw new CliError(`--to <file> is missing; usage: ${usage}`);
    const format = exportFormatOf(out);
    if (!format) throw new CliError(`“${path.basename(out)}”: the output must end in .geojson, .zip (shapefile), .kml, .csv, .xlsx or .gpkg`);
    let tables = (values.layer as string[] | undefined) ?? [];
    if (tables.length === 0) throw new CliError(`--layer <table> is missing; choose one of ${EXPORTABLE.join(', ')}; usage: ${usage}`);
    if (tables.includes('all')) tables = EXPORTABLE;
    const encoding = values.encoding === undefined ? undefined : writableEncoding(String(values.encoding));
    if (values.encoding !== undefined && !encoding) throw new CliError(`--encoding ${String(values.encoding)}: Landlink writes UTF-8 or GBK`);
    if (encoding && format !== 'shapefile') throw new CliError(`--encoding applies to shapefiles (.zip) only; ${format === 'csv' ? 'CSV is written as UTF-8 with a byte-order mark, which Excel reads' : `${format} files are always UTF-8`}`);
    const geometry = values.geometry as string | undefined;
    if (geometry !== undefined && !['wkt', 'xy', 'none'].includes(geometry)) throw new CliError(`--geometry must be wkt, xy or none, not “${geometry}”`);
    let crs: CrsInfo | undefined;
    try {
      crs = values.crs === undefined ? undefined : parseCrsCode(String(values.crs));
    } catch (error) {
      if (error instanceof UnknownCrsError) throw new CliError(error.message);
      throw error;
    }

    const opened = await openProjectFile(project);
    let inputs: ExportLayerInput[];
    try {
      inputs = tables.map((table) => {
        try {
          return { table, collection: readLayer(opened.db, table) };
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

// `landlink import <file.geojson> --into <project.gpkg> --as <table> [--map field=column …]`: adds the features of
// a GeoJSON file to a table of a project, all or nothing, and saves the project atomically. GeoJSON only for now.
import path from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import { findTableSchema, PROJECT_TABLES } from '../../domain/tables/index';
import { FileReadError, readFileBytes } from '../../node/read-file-bytes';
import { FeatureWriteError } from '../../project/feature-write-error';
import { importGeoJSON } from '../../project/import-geojson';
import type { CliCommand } from '../cli-command';
import { CliError } from '../cli-error';
import { parseArguments } from '../parse-arguments';
import { openProjectFile, saveProjectFile } from '../project-file';

const usage = 'landlink import <file.geojson> --into <project.gpkg> --as <table> [--map field=column ...]';

const importCommand: CliCommand = {
  name: 'import',
  summary: 'add the features of a GeoJSON file to a project table, all or nothing, saved atomically',
  usage,
  async run(argv) {
    const { positionals, values } = parseArguments(argv, { into: { type: 'string' }, as: { type: 'string' }, map: { type: 'string', multiple: true }, crs: { type: 'string' }, encoding: { type: 'string' } }, usage, { min: 1, max: 1 });
    const source = positionals[0]!;
    const project = values.into as string | undefined;
    const table = values.as as string | undefined;
    if (!project) throw new CliError(`--into <project.gpkg> is missing; usage: ${usage}`);
    if (!table) throw new CliError(`--as <table> is missing; usage: ${usage}`);
    if (values.crs && !/^EPSG:4490$/i.test(String(values.crs))) throw new CliError(`--crs ${String(values.crs)}: this version imports GeoJSON in EPSG:4490 longitude/latitude only; convert the file first (e.g. ogr2ogr -t_srs EPSG:4490)`);
    const schema = findTableSchema(table);
    if (!schema || schema.name === 'audit_log' || schema.name === 'landlink_meta') {
      throw new CliError(`“${table}” is not a table you can import into; choose one of ${PROJECT_TABLES.filter((t) => t.kind !== 'media' && t.name !== 'audit_log' && t.name !== 'landlink_meta').map((t) => t.name).join(', ')}`);
    }
    const fieldMap: Record<string, string> = {};
    for (const pair of (values.map as string[] | undefined) ?? []) {
      const match = /^([^=]+)=(.+)$/.exec(pair);
      if (!match) throw new CliError(`--map ${pair}: write it as field=column, e.g. --map DKBH=code; usage: ${usage}`);
      fieldMap[match[1]!] = match[2]!;
    }
    if (!/\.(geo)?json$/i.test(source)) throw new CliError(`“${path.basename(source)}” is not GeoJSON; this version imports .geojson files only (convert others with ogr2ogr -f GeoJSON)`);

    const collection = readCollection(source);
    const opened = await openProjectFile(project);
    try {
      let result;
      try {
        result = importGeoJSON(opened.db, table, collection, { fieldMap, user: 'landlink import' });
      } catch (error) {
        if (error instanceof FeatureWriteError) throw new CliError(`${path.basename(source)}: ${error.message}; nothing was imported and ${path.basename(project)} is unchanged`);
        throw error;
      }
      saveProjectFile(opened.db, project);
      process.stdout.write(`imported ${result.inserted} feature${result.inserted === 1 ? '' : 's'} into ${table} of ${project}\n`);
      if (result.ignoredFields.length > 0) process.stderr.write(`landlink import: fields not imported (no matching column; use --map field=column): ${result.ignoredFields.join(', ')}\n`);
    } finally {
      opened.db.close();
    }
    return 0;
  },
};

function readCollection(source: string): FeatureCollection<Geometry | null> {
  let bytes: Uint8Array;
  try {
    bytes = readFileBytes(source);
  } catch (error) {
    if (error instanceof FileReadError) throw new CliError(error.message);
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    throw new CliError(`“${path.basename(source)}” is not valid JSON; check that the export finished, or export it again`);
  }
  const object = json as { type?: string; features?: unknown };
  if (object?.type === 'Feature') return { type: 'FeatureCollection', features: [json as FeatureCollection['features'][number]] };
  if (object?.type !== 'FeatureCollection' || !Array.isArray(object.features)) throw new CliError(`“${path.basename(source)}” is JSON but not a GeoJSON FeatureCollection; export it again as GeoJSON`);
  return json as FeatureCollection<Geometry | null>;
}

export default importCommand;

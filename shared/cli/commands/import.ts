// `landlink import <file> --into <project.gpkg> --as <table> [--crs EPSG:n] [--encoding E] [--layer L]
// [--map field=column ...] [--set column=value ...]`: reads any format county data comes in (shapefile folder, .shp
// with its siblings or .zip, KML/KMZ, CSV/TSV/XLSX of points or corner points, GeoJSON, GeoPackage), decides the CRS
// and encoding and says how, maps fields (三调 DLTB fields pre-mapped), and adds the features to a project table all
// or nothing, saving the project atomically. Any refused value or feature imports nothing.
import path from 'node:path';
import initSqlJs from 'sql.js';
import { findTableSchema, PROJECT_TABLES } from '../../domain/tables/index';
import { FeatureWriteError } from '../../project/feature-write-error';
import { importGeoJSON } from '../../project/import-geojson';
import { importFile } from '../../formats/import-file';
import { FormatReadError } from '../../formats/read-error';
import type { CliCommand } from '../cli-command';
import { CliError } from '../cli-error';
import { parseArguments } from '../parse-arguments';
import { sourceFiles } from '../source-files';
import { openProjectFile, saveProjectFile } from '../project-file';

const usage =
  'landlink import <file|folder> --into <project.gpkg> --as <table> [--crs EPSG:n] [--encoding UTF-8|GBK] [--layer L] [--map field=column ...] [--set column=value ...]';
function pairs(list: readonly string[] | undefined, option: string, example: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const pair of list ?? []) {
    const match = /^([^=]+)=(.*)$/.exec(pair);
    if (!match) throw new CliError(`--${option} ${pair}: write it as ${example}; usage: ${usage}`);
    result[match[1]!.trim()] = match[2]!.trim();
  }
  return result;
}

const importCommand: CliCommand = {
  name: 'import',
  summary: 'add the features of a shapefile, KML, CSV/XLSX, GeoJSON or GeoPackage to a project table, all or nothing',
  usage,
  async run(argv) {
    const { positionals, values } = parseArguments(
      argv,
      { into: { type: 'string' }, as: { type: 'string' }, map: { type: 'string', multiple: true }, set: { type: 'string', multiple: true }, crs: { type: 'string' }, encoding: { type: 'string' }, layer: { type: 'string' } },
      usage,
      { min: 1, max: 1 },
    );
    const source = positionals[0]!;
    const project = values.into as string | undefined;
    const table = values.as as string | undefined;
    if (!project) throw new CliError(`--into <project.gpkg> is missing; usage: ${usage}`);
    if (!table) throw new CliError(`--as <table> is missing; usage: ${usage}`);
    const schema = findTableSchema(table);
    if (!schema || schema.kind !== 'features') {
      throw new CliError(`“${table}” is not a layer you can import features into; choose one of ${PROJECT_TABLES.filter((t) => t.kind === 'features').map((t) => t.name).join(', ')}`);
    }
    const fieldMap = pairs(values.map as string[] | undefined, 'map', 'field=column, e.g. --map DKBH=code');
    const defaults = pairs(values.set as string[] | undefined, 'set', 'column=value, e.g. --set status=planned');
    const files = sourceFiles(source);
    const name = path.basename(source);

    let prepared;
    try {
      prepared = await importFile(files, {
        table,
        fieldMap,
        defaults,
        ...(values.crs ? { crs: String(values.crs) } : {}),
        ...(values.encoding ? { encoding: String(values.encoding) } : {}),
        ...(values.layer ? { layer: String(values.layer) } : {}),
        ...(path.extname(source).toLowerCase() === '.gpkg' ? { sql: await initSqlJs() } : {}),
      });
    } catch (error) {
      if (error instanceof FormatReadError) throw new CliError(`${name}: ${error.message}; nothing was imported`);
      throw error;
    }
    // How the CRS and encoding were decided, and warnings: printed after a successful import (an error is one sentence).
    const notes = [
      `CRS ${prepared.crs.crs.code ? `EPSG:${prepared.crs.crs.code}` : prepared.crs.crs.name}: ${prepared.crs.how.en}`,
      ...(prepared.read.encoding ? [`text encoding ${prepared.read.encoding.name}: ${prepared.read.encoding.how.en}`] : []),
      ...[...prepared.read.warnings, ...prepared.warnings].map((warning) => warning.en),
    ];
    if (prepared.problems.length > 0) {
      const first = prepared.problems[0]!;
      const more = prepared.problems.length > 1 ? ` (and ${prepared.problems.length - 1} more)` : '';
      throw new CliError(`${name}: feature ${first.feature + 1}, field “${first.field}” → ${first.column}: ${first.message.en}${more}; fix the source or map the field elsewhere with --map, or give a value with --set; nothing was imported`);
    }

    const opened = await openProjectFile(project);
    try {
      let result;
      try {
        result = importGeoJSON(opened.db, table, prepared.collection, { user: 'landlink import' });
      } catch (error) {
        if (error instanceof FeatureWriteError) throw new CliError(`${name}: ${error.message}; nothing was imported and ${path.basename(project)} is unchanged`);
        throw error;
      }
      saveProjectFile(opened.db, project);
      process.stdout.write(`imported ${result.inserted} feature${result.inserted === 1 ? '' : 's'} into ${table} of ${project}\n`);
      for (const note of notes) process.stderr.write(`landlink import: ${note}\n`);
      if (prepared.ignoredFields.length > 0) process.stderr.write(`landlink import: fields not imported (no matching column; use --map field=column): ${prepared.ignoredFields.join(', ')}\n`);
    } finally {
      opened.db.close();
    }
    return 0;
  },
};

export default importCommand;

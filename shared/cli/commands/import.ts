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
import { runTransaction } from '../../write/transaction';
import { LedgerWarningsError } from '../../write/ledger-warnings-error';
import { applyGeometryPolicy, type InvalidGeometryPolicy } from '../../write/geometry-policy';
import { ledgerRefusal } from '../ledger-refusal';
import { sourceFiles } from '../source-files';
import { openProjectFile, saveProjectFile } from '../project-file';

const usage =
  'landlink import <file|folder> --into <project.gpkg> --as <table> [--crs EPSG:n] [--encoding UTF-8|GBK] [--layer L] [--map field=column ...] [--set column=value ...] [--fix | --skip-invalid] [--accept-ledger-warnings]';

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
      {
        into: { type: 'string' },
        as: { type: 'string' },
        map: { type: 'string', multiple: true },
        set: { type: 'string', multiple: true },
        crs: { type: 'string' },
        encoding: { type: 'string' },
        layer: { type: 'string' },
        fix: { type: 'boolean' },
        'skip-invalid': { type: 'boolean' },
        'accept-ledger-warnings': { type: 'boolean' },
      },
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

    if (values.fix && values['skip-invalid']) throw new CliError(`--fix and --skip-invalid exclude each other: --fix repairs what can be repaired safely, --skip-invalid leaves bad features out; usage: ${usage}`);
    const policy: InvalidGeometryPolicy = values.fix ? 'fix' : values['skip-invalid'] ? 'skip' : 'refuse';
    const checked = applyGeometryPolicy(prepared.collection, policy);
    if (checked.refused) {
      const { feature, problem } = checked.refused;
      const how = policy === 'fix' ? 'it cannot be repaired safely: fix it in the source, or rerun with --skip-invalid to import the others' : 'fix it in the source, or rerun with --fix (closes rings, removes duplicate and spike vertices) or --skip-invalid (imports the others)';
      throw new CliError(`${name}: feature ${feature + 1}: geometry: ${problem.message} ${how.charAt(0).toUpperCase()}${how.slice(1)}; nothing was imported and ${path.basename(project)} is unchanged`);
    }
    for (const note of checked.fixed) notes.push(`feature ${note.feature + 1} repaired: ${note.repairs.map((r) => r.en).join(' ')}`);
    for (const note of checked.skipped) notes.push(`feature ${note.feature + 1} skipped: ${note.problem.message}`);

    const opened = await openProjectFile(project);
    try {
      let imported;
      try {
        imported = runTransaction(opened.db, (db) => importGeoJSON(db, table, checked.collection, { user: 'landlink import' }), {
          user: 'landlink import',
          acceptLedgerWarnings: values['accept-ledger-warnings'] === true,
        });
      } catch (error) {
        if (error instanceof FeatureWriteError) throw new CliError(`${name}: ${error.message}; nothing was imported and ${path.basename(project)} is unchanged`);
        if (error instanceof LedgerWarningsError) throw new CliError(ledgerRefusal(error, name, path.basename(project)));
        throw error;
      }
      saveProjectFile(opened.db, project);
      const result = imported.result;
      process.stdout.write(`imported ${result.inserted} feature${result.inserted === 1 ? '' : 's'} into ${table} of ${project}${checked.skipped.length ? ` (${checked.skipped.length} skipped)` : ''}\n`);
      for (const note of notes) process.stderr.write(`landlink import: ${note}\n`);
      for (const warning of imported.ledgerWarnings) process.stderr.write(`landlink import: warning (accepted, logged in audit_log): ${warning.message}\n`);
      if (prepared.ignoredFields.length > 0) process.stderr.write(`landlink import: fields not imported (no matching column; use --map field=column): ${prepared.ignoredFields.join(', ')}\n`);
    } finally {
      opened.db.close();
    }
    return 0;
  },
};

export default importCommand;

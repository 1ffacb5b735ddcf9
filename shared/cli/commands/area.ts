// `landlink area <file> [--layer L] [--crs EPSG:n] [--encoding E] [--format json|csv]`
// Per feature: its attributes, area_m2 (ellipsoidal, CGCS2000), area_mu, area_ha, perimeter_m, plane_area_m2 and
// plane_crs. Reads every format `landlink import` reads, through the same reader (shapefile, KML/KMZ, CSV/XLSX
// corner tables, GeoJSON, GeoPackage, the ministry's coordinate TXT). How the coordinate system and the text
// encoding were decided, and what the file's own figures say, go to stderr (CSV) or into the JSON.
import { csvCell } from '../../formats/csv/csv-cell';
import initSqlJs from 'sql.js';
import type { BilingualText, CrsInfo } from '../../crs/crs-info';
import { crsLabel } from '../../crs/crs-info';
import { parseCrsCode, UnknownCrsError } from '../../crs/parse-crs-code';
import { WktSyntaxError } from '../../crs/prj/wkt-tree';
import { readAny, type ReadAnyResult } from '../../formats/read-any';
import { FormatReadError } from '../../formats/read-error';
import { GeometryBlobError } from '../../gpkg/geometry-blob';
import type { CliCommand } from '../cli-command';
import { CliError } from '../cli-error';
import { isGeoPackageSource, sourceFiles } from '../source-files';
import { measureLayer, type MeasuredLayer } from '../../geo/measure/measure-layer';
import { formatHectares, formatMu, formatSquareMetres } from '../../geo/units';

const usage = 'landlink area <file> [--layer L] [--crs EPSG:n] [--encoding E] [--format json|csv]';

class UsageError extends Error {}

interface AreaArguments {
  file: string;
  layer?: string;
  crs?: string;
  encoding?: string;
  format: 'json' | 'csv';
}

function parseArguments(argv: readonly string[]): AreaArguments {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const match = /^--(layer|crs|encoding|format)(?:=(.*))?$/.exec(arg);
    if (match) {
      const value = match[2] ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${match[1]} needs a value; usage: ${usage}`);
      options[match[1]!] = value;
    } else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}; usage: ${usage}`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new UsageError(`Give exactly one input file; usage: ${usage}`);
  const format = options['format'] ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError(`--format must be json or csv, not "${format}".`);
  return { file: positional[0]!, format, ...(options['layer'] ? { layer: options['layer'] } : {}), ...(options['crs'] ? { crs: options['crs'] } : {}), ...(options['encoding'] ? { encoding: options['encoding'] } : {}) };
}

/** Reads the source the way `landlink import` does: the same files (source-files.ts), the same reader (read-any.ts). */
async function readInput(args: AreaArguments, declared: CrsInfo | undefined): Promise<ReadAnyResult> {
  const files = sourceFiles(args.file);
  return readAny(files, {
    ...(args.layer ? { layer: args.layer } : {}),
    ...(args.encoding ? { encoding: args.encoding } : {}),
    ...(declared ? { crs: declared } : {}),
    ...(isGeoPackageSource(args.file) ? { sql: await initSqlJs() } : {}),
  });
}


function toCsv(measured: MeasuredLayer): string {
  const attributeNames = [...new Set(measured.features.flatMap((f) => Object.keys(f.properties)))];
  const header = [...attributeNames, 'area_m2', 'area_mu', 'area_ha', 'perimeter_m', 'plane_area_m2', 'plane_crs'];
  const lines = [header.map(csvCell).join(',')];
  for (const f of measured.features)
    lines.push([
      ...attributeNames.map((n) => f.properties[n]),
      f.area_m2 === null ? null : formatSquareMetres(f.area_m2),
      f.area_mu === null ? null : formatMu(f.area_mu),
      f.area_ha === null ? null : formatHectares(f.area_ha),
      f.perimeter_m === null ? null : f.perimeter_m.toFixed(2),
      f.plane_area_m2 === null ? null : formatSquareMetres(f.plane_area_m2),
      f.plane_crs,
    ].map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`; // BOM + CRLF: Excel opens Chinese CSV correctly this way
}

function toJson(measured: MeasuredLayer, notes: readonly BilingualText[], warnings: readonly BilingualText[]): string {
  const { crs } = measured;
  return `${JSON.stringify({
    layer: measured.layer,
    area_kind: 'ellipsoidal (CGCS2000)',
    crs: { code: crsLabel(crs.crs), name: crs.crs.name, axis_swapped: crs.axisSwapped, how: crs.how.en, how_zh: crs.how.zh, warnings: crs.warnings.map((w) => w.en) },
    ...(measured.encoding ? { encoding: { name: measured.encoding.name, how: measured.encoding.how.en, how_zh: measured.encoding.how.zh } } : {}),
    notes: notes.map((n) => n.en),
    warnings: warnings.map((w) => w.en),
    features: measured.features.map((f) => ({ properties: f.properties, area_m2: f.area_m2, area_mu: f.area_mu, area_ha: f.area_ha, perimeter_m: f.perimeter_m, plane_area_m2: f.plane_area_m2, plane_crs: f.plane_crs })),
  }, null, 2)}\n`;
}

function isBadInput(error: unknown): boolean {
  return error instanceof UsageError || error instanceof CliError || error instanceof FormatReadError || error instanceof UnknownCrsError || error instanceof GeometryBlobError || error instanceof WktSyntaxError;
}

export async function runArea(argv: string[]): Promise<number> {
  try {
    const args = parseArguments(argv);
    let declared: CrsInfo | undefined;
    if (args.crs) declared = parseCrsCode(args.crs);
    const read = await readInput(args, declared);
    const decision = read.crs;
    if (!decision.ok) throw new UsageError(decision.reason.en);
    const measured = measureLayer(read.layer, decision);
    if (args.format === 'csv') {
      process.stderr.write(`landlink area: ${decision.how.en}\n`);
      if (measured.encoding) process.stderr.write(`landlink area: text encoding ${measured.encoding.name}: ${measured.encoding.how.en}\n`);
      for (const note of read.notes) process.stderr.write(`landlink area: ${note.en}\n`);
      process.stdout.write(toCsv(measured));
    } else process.stdout.write(toJson(measured, read.notes, read.warnings));
    for (const warning of read.warnings) process.stderr.write(`landlink area: warning: ${warning.en}\n`);
    return 0;
  } catch (error) {
    // Bad input is one sentence and exit 2; anything else is a bug, left to main.ts (one line, exit 1).
    if (!isBadInput(error)) throw error;
    process.stderr.write(`landlink area: ${(error as Error).message}\n`);
    return 2;
  }
}

export const areaCommand: CliCommand = {
  name: 'area',
  summary: 'per feature: attributes, ellipsoidal area (m², mu, ha), perimeter and Gauss-Krüger plane area with its zone',
  usage,
  run: runArea,
};

export default areaCommand;

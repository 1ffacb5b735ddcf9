// `landlink validate <project.gpkg|file> [--json]`: schema, codes, statuses, geometry and ledger problems of a project,
// or the geometry problems of a GeoJSON / zipped shapefile. Exit 1 when any problem is an error.
import path from 'node:path';
import { readGeoJson } from '../../formats/geojson/read-geojson';
import { FormatReadError } from '../../formats/read-error';
import { readShapefileZip } from '../../formats/shapefile/read-shapefile';
import { validateGeometry } from '../../geo/validate/index';
import { FileReadError, readFileBytes } from '../../node/read-file-bytes';
import { validateProject, type ProjectProblem } from '../../project/validate-project';
import type { CliCommand } from '../cli-command';
import { CliError } from '../cli-error';
import { parseArguments } from '../parse-arguments';
import { openProjectFile } from '../project-file';

const usage = 'landlink validate <project.gpkg|file.geojson|file.zip> [--json]';

const validate: CliCommand = {
  name: 'validate',
  summary: 'geometry, schema and ledger problems (codes, statuses, quota sold beyond surplus); exit 1 if any is an error',
  usage,
  async run(argv) {
    const { positionals, values } = parseArguments(argv, { json: { type: 'boolean' } }, usage, { min: 1, max: 1 });
    const file = positionals[0]!;
    const problems = /\.gpkg$/i.test(file) ? await validateProjectFile(file) : validateFeatureFile(file);
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ file, errors, warnings, problems: problems.map(toJson) }, null, 2)}\n`);
    } else {
      for (const p of problems) process.stdout.write(`${p.severity}: ${p.message}\n`);
      process.stdout.write(`${file}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
    }
    return errors > 0 ? 1 : 0;
  },
};

async function validateProjectFile(file: string): Promise<ProjectProblem[]> {
  const opened = await openProjectFile(file);
  try {
    return validateProject(opened.db);
  } finally {
    opened.db.close();
  }
}

function validateFeatureFile(file: string): ProjectProblem[] {
  const name = path.basename(file);
  let bytes: Uint8Array;
  try {
    bytes = readFileBytes(file);
  } catch (error) {
    if (error instanceof FileReadError) throw new CliError(error.message);
    throw error;
  }
  let layer;
  try {
    if (/\.zip$/i.test(file)) layer = readShapefileZip(bytes, {}, name);
    else if (/\.(geo)?json$/i.test(file)) layer = readGeoJson(bytes, name);
    else throw new CliError(`“${name}” is not a file validate reads; give a .gpkg project, a .geojson or a zipped shapefile`);
  } catch (error) {
    if (error instanceof FormatReadError) throw new CliError(error.message);
    throw error;
  }
  const problems: ProjectProblem[] = [];
  layer.features.forEach((feature, index) => {
    const at = { table: layer.name, fid: index };
    if (!feature.geometry) {
      problems.push({ ...at, severity: 'warning', problem: 'no_geometry', message: `${name} feature ${index} has no geometry`, messageZh: `${name} 第 ${index} 个要素没有几何` });
      return;
    }
    const outside = JSON.stringify(feature.geometry.type === 'GeometryCollection' ? [] : feature.geometry.coordinates).match(/-?\d+(\.\d+)?(e[-+]?\d+)?/gi)?.map(Number).some((v) => Math.abs(v) > 180);
    if (outside) {
      problems.push({ ...at, severity: 'error', problem: 'not_lon_lat', message: `${name} feature ${index} is not in longitude/latitude; geometry checks need EPSG:4490 degrees: import it into a project with --crs first`, messageZh: `${name} 第 ${index} 个要素不是经纬度坐标；请先用 --crs 导入项目后再检查` });
      return;
    }
    for (const found of validateGeometry(feature.geometry)) {
      problems.push({ ...at, severity: found.severity, problem: found.code, message: `${name} feature ${index}: ${found.message}`, messageZh: `${name} 第 ${index} 个要素：${found.messageZh}`, ...(found.location ? { location: found.location } : {}) });
    }
  });
  return problems;
}

function toJson(p: ProjectProblem) {
  return { severity: p.severity, problem: p.problem, table: p.table, fid: p.fid ?? null, code: p.code ?? null, field: p.field ?? null, message: p.message, message_zh: p.messageZh, location: p.location ?? null };
}

export default validate;

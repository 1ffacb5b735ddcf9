// Reads the ministry's boundary-point coordinate TXT (界址点坐标交换格式, the "报部格式"): bytes in, one feature per
// plot out, with the coordinate system its [属性描述] declares. Each plot is a header line of nine fields ending in
// `@` followed by its points `点号,圈号,X,Y` (X = northing first); rings are keyed by 圈号 and close on their first
// point, and 界址点数 counts every point line including the closing ones. Anything that breaks these rules is
// refused with its line and what to change, before a single feature is returned.
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { BilingualText, CrsInfo } from '../../crs/crs-info';
import { transformToCgcs2000 } from '../../crs/transform/to-cgcs2000';
import { transformGeometry } from '../../crs/transform/transform-geometry';
import { ellipsoidalArea } from '../../geo/area/ellipsoidal-area';
import { step, type LongTaskOptions } from '../progress';
import { FormatReadError } from '../read-error';
import type { ReadLayer, ReadProperties } from '../read-result';
import { decodeText } from '../text/decode-text';
import { assemblePlot } from './assemble-plot';
import { matchStatedArea, statedAreaReport, type StatedAreaMatch } from './stated-area';
import { crsOfCoordinateTxt, pointFitsCrs, type TxtCrs, type WrittenPoint } from './txt-crs';
import { splitSections, type NumberedLine } from './txt-lines';

/** The header fields in their order; the ninth is the closing `@`. */
export const PLOT_FIELDS = ['界址点数', '地块面积', '地块编号', '地块名称', '图形属性', '图幅号', '地块用途', '地类编码'] as const;

export interface CoordinateTxtLayer extends ReadLayer {
  readonly features: Feature<Polygon | MultiPolygon, ReadProperties>[];
  readonly declaredCrs: { readonly crs: CrsInfo; readonly by: BilingualText };
  readonly notes: BilingualText[];
  readonly warnings: BilingualText[];
  /** Per plot, how its stated 地块面积 compares with the ellipsoidal area. */
  readonly statedAreas: readonly StatedAreaMatch[];
}

export interface ReadCoordinateTxtOptions extends LongTaskOptions {
  readonly encoding?: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;

interface RawPlot {
  readonly header: NumberedLine;
  readonly fields: string[];
  readonly points: (WrittenPoint & { readonly name: string; readonly ring: string })[];
}

const isHeader = (text: string) => /[@＠]\s*[,，]?\s*$/.test(text);
const splitFields = (text: string) => text.split(/[,，]/).map((f) => f.trim());

function refuse(name: string, line: number, en: string, zh: string): never {
  throw new FormatReadError(`${name} line ${line}: ${en}`, `${name} 第 ${line} 行：${zh}`);
}

function parseNumber(name: string, line: number, text: string, what: string, whatZh: string): number {
  if (!NUMBER.test(text))
    refuse(name, line, `${what} “${text}” is not a number; write it with digits and a decimal point only (e.g. 4565963.117).`, `${whatZh}“${text}”不是数字；请只用数字和小数点书写（如 4565963.117）。`);
  return Number(text);
}

function groupPlots(body: readonly NumberedLine[], name: string): RawPlot[] {
  const plots: { header: NumberedLine; fields: string[]; points: RawPlot['points'] }[] = [];
  for (const entry of body) {
    if (isHeader(entry.text)) {
      const fields = splitFields(entry.text.replace(/[@＠]\s*[,，]?\s*$/, ''));
      if (fields[fields.length - 1] === '') fields.pop();
      plots.push({ header: entry, fields, points: [] });
      continue;
    }
    const plot = plots[plots.length - 1];
    if (!plot)
      refuse(name, entry.line, 'a point comes before any plot header; put the plot header (界址点数,地块面积,地块编号,地块名称,图形属性,图幅号,地块用途,地类编码,@) above its points.', '界址点出现在地块记录之前；请在界址点前加一行地块记录（界址点数,地块面积,地块编号,地块名称,图形属性,图幅号,地块用途,地类编码,@）。');
    const fields = splitFields(entry.text);
    if (fields.length < 4)
      refuse(name, entry.line, `“${entry.text}” is not a point line; write 点号,圈号,X,Y (X = northing first), or end a plot header with @.`, `“${entry.text}”不是界址点行；请写为 点号,圈号,X,Y（X 为北坐标在前），地块记录行应以 @ 结尾。`);
    const [pointName, ring, x, y] = fields as [string, string, string, string];
    plot.points.push({
      line: entry.line,
      name: pointName,
      ring,
      x: parseNumber(name, entry.line, x, 'X', 'X 坐标'),
      y: parseNumber(name, entry.line, y, 'Y', 'Y 坐标'),
    });
  }
  if (plots.length === 0) throw new FormatReadError(`${name} has no plot under [地块坐标]; each plot needs a header line ending in @ followed by its points 点号,圈号,X,Y.`, `${name} 的[地块坐标]下没有地块；每个地块需要一行以 @ 结尾的地块记录及其界址点行 点号,圈号,X,Y。`);
  return plots;
}

/** Splits a plot's points into closed rings: a new 圈号, or a point after the ring has closed, starts a ring. */
function ringsOf(plot: RawPlot, name: string, label: string): { rings: Position[][]; restarted: boolean } {
  const rings: Position[][] = [];
  let current: RawPlot['points'] = [];
  let restarted = false;
  const close = () => {
    const first = current[0]!;
    const last = current[current.length - 1]!;
    if (current.length < 4 || first.x !== last.x || first.y !== last.y)
      refuse(
        name,
        last.line,
        `ring ${first.ring} of plot ${label} (lines ${first.line}–${last.line}) does not end on its first point ${first.name} (line ${first.line})${current.length < 4 ? ' or has fewer than three corners' : ''}; repeat ${first.name}'s coordinates as the ring's last point and count that line in 界址点数.`,
        `地块 ${label} 的第 ${first.ring} 圈（第 ${first.line}–${last.line} 行）未闭合到首点 ${first.name}（第 ${first.line} 行）${current.length < 4 ? '或少于三个拐点' : ''}；请在该圈末尾重复 ${first.name} 的坐标，并计入界址点数。`,
      );
    if (rings.length > 0 && first.name === plot.points[0]!.name) restarted = true;
    // Positions are [easting, northing] (or [longitude, latitude]): X in the file is the northing.
    rings.push(current.map((p) => [p.y, p.x]));
    current = [];
  };
  for (const point of plot.points) {
    const first = current[0];
    if (first && point.ring !== first.ring) close();
    current.push(point);
    const head = current[0]!;
    if (current.length >= 4 && point.x === head.x && point.y === head.y) close();
  }
  if (current.length > 0) close();
  return { rings, restarted };
}

/** Mean radius of the Earth, enough for the Gauss-Krüger scale factor to 1e-6 (the check needs 1e-3). */
const EARTH_RADIUS = 6_371_000;

function planeArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return Math.abs(sum / 2);
}

/**
 * The ellipsoidal area of a plot from its Gauss-Krüger plane area: the plane enlarges areas by the square of the
 * scale factor k = 1 + y²/2R² at the plot's distance y from the central meridian. Within 1e-6 of the geodesic area,
 * which is all the 0.1 % comparison of a stated figure needs, and it spares projecting every point twice (the import
 * converts and measures every plot afterwards with the exact method).
 */
function gaussKrugerToEllipsoidal(geometry: Polygon | MultiPolygon, falseEasting: number): number {
  let area = 0, sumE = 0, n = 0;
  for (const polygon of geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
    polygon.forEach((ring, i) => {
      area += (i === 0 ? 1 : -1) * planeArea(ring);
      if (i === 0) for (const p of ring) { sumE += p[0]!; n++; }
    });
  const y = sumE / n - falseEasting;
  const k = 1 + (y * y) / (2 * EARTH_RADIUS * EARTH_RADIUS);
  return area / (k * k);
}

export function readCoordinateTxt(bytes: Uint8Array, name: string, options: ReadCoordinateTxtOptions = {}): CoordinateTxtLayer {
  const decoded = decodeText(bytes, { name, ...(options.encoding ? { override: options.encoding } : {}) });
  const sections = splitSections(decoded.text, name);
  const plots = groupPlots(sections.body, name);
  const firstPlot = plots[0]!;
  if (firstPlot.points.length === 0)
    refuse(name, firstPlot.header.line, 'this plot has no points; list its points 点号,圈号,X,Y under the header.', '该地块没有界址点；请在地块记录下列出 点号,圈号,X,Y。');
  const txtCrs: TxtCrs = crsOfCoordinateTxt(sections, firstPlot.points[0]!, name);
  const toDegrees = txtCrs.degrees ? transformToCgcs2000(txtCrs.crs, false) : undefined;

  const features: Feature<Polygon | MultiPolygon, ReadProperties>[] = [];
  const matches: { plot: string; line: number; match: StatedAreaMatch }[] = [];
  const stated: StatedAreaMatch[] = [];
  let holes = 0, multipart = 0, restartedPlots = 0;
  plots.forEach((plot, index) => {
    if (index % 2000 === 0) step(options, index, plots.length);
    const line = plot.header.line;
    const [count, area, code, plotName, shape, sheet, use, landClass] = PLOT_FIELDS.map((_, i) => plot.fields[i] ?? '');
    const label = code || `${index + 1}`;
    const statedCount = parseNumber(name, line, count!, '界址点数', '界址点数');
    if (statedCount !== plot.points.length)
      refuse(
        name,
        line,
        `plot ${label} states 界址点数 = ${count} but ${plot.points.length} point lines follow (lines ${plot.points[0]?.line ?? line}–${plot.points[plot.points.length - 1]?.line ?? line}); write ${plot.points.length} as 界址点数 (the closing point of each ring counts), or add the missing points.`,
        `地块 ${label} 的界址点数为 ${count}，但其后有 ${plot.points.length} 行界址点（第 ${plot.points[0]?.line ?? line}–${plot.points[plot.points.length - 1]?.line ?? line} 行）；请将界址点数改为 ${plot.points.length}（每圈的闭合点也计数），或补齐缺少的界址点。`,
      );
    for (const point of plot.points)
      if (!pointFitsCrs(txtCrs, point))
        refuse(
          name,
          point.line,
          `point ${point.name} (${point.x}, ${point.y}) fits no position in ${txtCrs.crs.name}, where the file's other points lie; check its digits, its column order (X = northing first) and its zone prefix.`,
          `界址点 ${point.name}（${point.x}, ${point.y}）不在 ${txtCrs.crs.name} 的有效范围内，与文件中其他界址点不符；请检查其数字、列顺序（X 为北坐标在前）和带号前缀。`,
        );
    const { rings, restarted } = ringsOf(plot, name, label);
    if (restarted) restartedPlots++;
    const geometry = assemblePlot(rings);
    if (geometry.type === 'MultiPolygon') multipart++;
    holes += (geometry.type === 'Polygon' ? geometry.coordinates.length : geometry.coordinates.reduce((n, p) => n + p.length, 0)) - (geometry.type === 'Polygon' ? 1 : geometry.coordinates.length);
    const properties: ReadProperties = { 地块编号: code!, 地块名称: plotName!, 图形属性: shape!, 图幅号: sheet!, 地块用途: use!, 地类编码: landClass! };
    if (area !== '') {
      const statedArea = parseNumber(name, line, area!, '地块面积', '地块面积');
      const computed = txtCrs.degrees ? ellipsoidalArea(transformGeometry(geometry, toDegrees!)) : gaussKrugerToEllipsoidal(geometry, txtCrs.crs.gaussKruger!.falseEasting);
      const match = matchStatedArea(statedArea, computed, area!.split('.')[1]?.length ?? 0);
      stated.push(match);
      matches.push({ plot: label, line, match });
      properties[(match.unit ?? match.closer) === 'ha' ? '地块面积（公顷）' : '地块面积（平方米）'] = statedArea;
    }
    features.push({ type: 'Feature', properties, geometry });
  });
  step(options, plots.length, plots.length);

  const report = statedAreaReport(matches);
  const rings = features.reduce((n, f) => n + (f.geometry.type === 'Polygon' ? f.geometry.coordinates.length : f.geometry.coordinates.reduce((m, p) => m + p.length, 0)), 0);
  const notes: BilingualText[] = [
    {
      en: `Boundary-point coordinate TXT (界址点坐标交换格式): ${features.length} plots, ${rings} rings (${holes} holes, ${multipart} plots in several parts, told apart by containment); point names ${restartedPlots > 0 ? `restart in each ring in ${restartedPlots} plots` : 'run on across rings'}.`,
      zh: `界址点坐标交换格式 TXT：${features.length} 个地块，${rings} 个圈（按包含关系判定：${holes} 个洞，${multipart} 个多部分地块）；${restartedPlots > 0 ? `${restartedPlots} 个地块的点号逐圈重新编号` : '点号跨圈连续编号'}。`,
    },
    ...(report.note ? [report.note] : []),
  ];
  return {
    name: name.replace(/\.[^.]*$/, ''),
    features,
    encoding: decoded.encoding,
    declaredCrs: { crs: txtCrs.crs, by: txtCrs.by },
    notes,
    warnings: report.warning ? [report.warning] : [],
    statedAreas: stated,
  };
}

// Reads a CAD survey drawing (DXF, e.g. a 勘测定界图): closed polylines (LWPOLYLINE, POLYLINE) and hatches become
// parcels, each with its CAD layer and the text labels (TEXT, MTEXT) that stand inside it, offered as attributes for
// the field mapping. A drawing carries no coordinate system Landlink can rely on, so the zone is detected from the
// coordinates (shared/crs/detect), as for any plane data. Arcs in polylines (bulges) are kept as their chords.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- every layer's tsconfig (tests too) must see this declaration
/// <reference path="../../types/dxf.d.ts" />
import { parseString, type DxfEntity, type DxfPoint } from 'dxf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { BilingualText } from '../../crs/crs-info';
import { assemblePlot } from '../coordinate-txt/assemble-plot';
import { step, type LongTaskOptions } from '../progress';
import { FormatReadError } from '../read-error';
import type { ReadLayer, ReadProperties } from '../read-result';
import { decodeDxf, plainCadText } from './decode-dxf';

export interface DxfLayer extends ReadLayer {
  readonly notes: BilingualText[];
  readonly warnings: BilingualText[];
}

export interface ReadDxfOptions extends LongTaskOptions {
  readonly encoding?: string;
}

interface Label { readonly x: number; readonly y: number; readonly text: string }

function closedRing(points: readonly DxfPoint[] | undefined, closedFlag: boolean | number | undefined): Position[] | undefined {
  if (!points || points.length < 3) return undefined;
  const ring: Position[] = points.map((p) => [p.x, p.y]);
  const first = ring[0]!, last = ring[ring.length - 1]!;
  const closesItself = first[0] === last[0] && first[1] === last[1];
  if (!closesItself && !closedFlag) return undefined;
  if (!closesItself) ring.push([first[0]!, first[1]!]);
  return ring.length >= 4 ? ring : undefined;
}

function pointInRing(x: number, y: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!, yi = ring[i]![1]!, xj = ring[j]![0]!, yj = ring[j]![1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inside(label: Label, geometry: Polygon | MultiPolygon): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some(([outer, ...holes]) => pointInRing(label.x, label.y, outer!) && !holes.some((h) => pointInRing(label.x, label.y, h)));
}

const ringKey = (ring: readonly Position[]) => ring.slice(0, -1).map((p) => `${p[0]},${p[1]}`).sort().join(';');

export function readDxf(bytes: Uint8Array, name: string, options: ReadDxfOptions = {}): DxfLayer {
  const { text, encoding } = decodeDxf(bytes, options.encoding, name);
  if (!/^\s*0\s*\r?\n\s*SECTION/.test(text.slice(0, 200)))
    throw new FormatReadError(`${name} is not a text DXF drawing (it does not start with a SECTION); save the drawing as ASCII DXF from the CAD program, or as DXF from DWG.`, `${name} 不是文本格式的 DXF 图形（未以 SECTION 开头）；请在 CAD 软件中另存为 ASCII DXF。`);
  let entities: DxfEntity[];
  try {
    entities = parseString(text).entities;
  } catch (error) {
    throw new FormatReadError(`${name} could not be read as DXF (${error instanceof Error ? error.message : String(error)}); open it in the CAD program and save it again as DXF.`, `${name} 无法按 DXF 读取；请在 CAD 软件中打开并重新另存为 DXF。`);
  }
  step(options, 0, 1);
  const labels: Label[] = [];
  const parcels: { geometry: Polygon | MultiPolygon; layer: string; kind: string; handle: string }[] = [];
  let bulges = 0, polylines = 0, openLines = 0;
  for (const e of entities) {
    if ((e.type === 'TEXT' || e.type === 'MTEXT') && e.x !== undefined && e.y !== undefined) {
      const t = plainCadText(e.string ?? e.text ?? '');
      if (t) labels.push({ x: e.x, y: e.y, text: t });
    } else if (e.type === 'LWPOLYLINE' || e.type === 'POLYLINE') {
      const ring = closedRing(e.vertices, e.closed);
      if (!ring) {
        openLines++;
        continue;
      }
      if (e.vertices!.some((v) => v.bulge)) bulges++;
      polylines++;
      parcels.push({ geometry: { type: 'Polygon', coordinates: [ring] }, layer: plainCadText(e.layer ?? '0'), kind: e.type, handle: e.handle ?? '' });
    } else if (e.type === 'HATCH') {
      const rings: Position[][] = [];
      for (const loop of e.boundary?.loops ?? []) {
        // A loop is either one polyline or a chain of edges (lines); each becomes one ring.
        const edges = loop.entities ?? [];
        const points: DxfPoint[] = edges.length === 1 && edges[0]!.points ? edges[0]!.points : edges.flatMap((edge) => edge.points ?? (edge.start ? [edge.start] : []));
        const ring = closedRing(points, true);
        if (ring) rings.push(ring);
        if (points.some((p) => p.bulge)) bulges++;
      }
      if (rings.length === 0) continue;
      parcels.push({ geometry: assemblePlot(rings), layer: plainCadText(e.layer ?? '0'), kind: 'HATCH', handle: e.handle ?? '' });
    }
  }
  // A hatch drawn on a closed polyline repeats that parcel: keep the polyline.
  const outlines = new Set(parcels.filter((p) => p.kind !== 'HATCH').map((p) => ringKey((p.geometry as Polygon).coordinates[0]!)));
  const kept = parcels.filter((p) => p.kind !== 'HATCH' || p.geometry.type !== 'Polygon' || p.geometry.coordinates.length !== 1 || !outlines.has(ringKey(p.geometry.coordinates[0]!)));
  const hatches = kept.filter((p) => p.kind === 'HATCH').length;
  if (kept.length === 0)
    throw new FormatReadError(
      `${name} has no closed polyline or hatch${openLines > 0 ? ` (${openLines} polylines are open)` : ''}, so it holds no parcel; close the parcel boundaries in the CAD program (PEDIT → Close) and save again.`,
      `${name} 中没有闭合多段线或填充${openLines > 0 ? `（${openLines} 条多段线未闭合）` : ''}，没有地块；请在 CAD 软件中闭合地块边界（PEDIT → 闭合）后重新保存。`,
    );
  const features: Feature<Polygon | MultiPolygon, ReadProperties>[] = kept.map((p) => {
    const texts = labels.filter((l) => inside(l, p.geometry)).map((l) => l.text);
    return { type: 'Feature', properties: { CAD图层: p.layer, 注记: texts.join('；'), 注记1: texts[0] ?? '', 图元: p.kind, 句柄: p.handle }, geometry: p.geometry };
  });
  step(options, 1, 1);
  const notes: BilingualText[] = [
    {
      en: `CAD drawing (DXF): ${features.length} parcels from ${polylines} closed polylines and ${hatches} hatches${openLines > 0 ? `; ${openLines} open polylines left out` : ''}; ${labels.length} text labels, each given to the parcel it stands in (fields 注记, 注记1).`,
      zh: `CAD 图形（DXF）：由 ${polylines} 条闭合多段线和 ${hatches} 个填充得到 ${features.length} 个地块${openLines > 0 ? `；${openLines} 条未闭合多段线未导入` : ''}；${labels.length} 个文字注记归入其所在地块（字段 注记、注记1）。`,
    },
  ];
  const warnings: BilingualText[] = bulges > 0 ? [{ en: `${bulges} boundaries contain arcs (bulges); Landlink keeps their chords, so those parcels' areas are slightly smaller than drawn.`, zh: `${bulges} 条边界含圆弧（凸度）；Landlink 按弦线处理，这些地块的面积略小于图上。` }] : [];
  return { name: name.replace(/\.[^.]*$/, ''), features, encoding, notes, warnings };
}

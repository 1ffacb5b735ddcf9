// Splits a parcel by a cut line drawn across it. The line (extended past the parcel) and a frame around the parcel
// make the region left of the line; the parts are the parcel inside and outside that region. Both parts share the
// cut exactly, so their areas add up to the parcel's (turf is used for the clipping only, never for areas).
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { intersect } from '@turf/intersect';
import { difference } from '@turf/difference';
import { featureCollection, feature } from '@turf/helpers';
import type { BilingualText } from '../../crs/crs-info';

export type SplitResult = { readonly ok: true; readonly parts: [Polygon | MultiPolygon, Polygon | MultiPolygon] } | { readonly ok: false; readonly reason: BilingualText };

function bbox(positions: readonly Position[]): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of positions) {
    w = Math.min(w, x!);
    s = Math.min(s, y!);
    e = Math.max(e, x!);
    n = Math.max(n, y!);
  }
  return [w, s, e, n];
}

/** Moves `from` away from `to` until it is outside the frame. */
function extend(from: Position, to: Position, distance: number): Position {
  const dx = from[0]! - to[0]!;
  const dy = from[1]! - to[1]!;
  const length = Math.hypot(dx, dy) || 1;
  return [from[0]! + (dx / length) * distance, from[1]! + (dy / length) * distance];
}

/** The region to the left of an (extended) cut line, closed around a frame far larger than the parcel. */
function leftRegion(cut: readonly Position[], frame: [number, number, number, number]): Polygon {
  const [w, s, e, n] = frame;
  const size = Math.max(e - w, n - s) * 4 + 1e-6;
  const start = extend(cut[0]!, cut[1]!, size);
  const end = extend(cut[cut.length - 1]!, cut[cut.length - 2]!, size);
  const line = [start, ...cut, end];
  // Walk from the end of the line around the left side back to its start, on a circle well outside everything.
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  const radius = size * 3;
  const angle = (p: Position): number => Math.atan2(p[1]! - cy, p[0]! - cx);
  const a0 = angle(end);
  let a1 = angle(start);
  while (a1 <= a0) a1 += 2 * Math.PI;
  const arc: Position[] = [];
  for (let a = a0; a < a1; a += Math.PI / 16) arc.push([cx + radius * Math.cos(a), cy + radius * Math.sin(a)]);
  arc.push([cx + radius * Math.cos(a1), cy + radius * Math.sin(a1)]);
  return { type: 'Polygon', coordinates: [[...line, ...arc, line[0]!]] };
}

export function splitPolygon(target: Polygon | MultiPolygon, cut: LineString): SplitResult {
  // A line finished by a double click repeats its last point: drop repeated points so its ends have a direction.
  const line = cut.coordinates.filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
  if (line.length < 2) return { ok: false, reason: { en: 'The cut line needs at least two points.', zh: '分割线至少需要两个点。' } };
  const rings = target.type === 'Polygon' ? target.coordinates : target.coordinates.flat();
  const frame = bbox([...rings.flat(), ...line]);
  const region = leftRegion(line, frame);
  const parcel: Feature<Polygon | MultiPolygon> = feature(target);
  // Both parts are clipped against the same region, so the cut's crossing points are computed from the same segment
  // pairs and are the same in both. (Subtracting the left part instead would make polyclip trace degenerate slivers
  // along the shared edge.)
  const left = intersect(featureCollection([parcel, feature(region)]));
  const right = difference(featureCollection([parcel, feature(region)]));
  if (!left || !right) {
    return { ok: false, reason: { en: 'The cut line must cross the parcel from one side to the other; draw it again past both edges.', zh: '分割线须从地块一侧穿到另一侧；请重新绘制，使两端都越过地块边界。' } };
  }
  return { ok: true, parts: [left.geometry, right.geometry] };
}

// Turns a plot's rings into a Polygon or MultiPolygon. 圈号 only numbers the rings: whether a ring is a hole or a
// further part is told by containment, as the format's users mean it (a ring inside an outer ring is a hole, a ring
// inside a hole is a new part, and so on). The rings keep the file's point order, so a TXT written back out lists
// the points as they came in.
import type { MultiPolygon, Polygon, Position } from 'geojson';

function planeArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return Math.abs(sum / 2);
}

function pointInRing(x: number, y: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!, yi = ring[i]![1]!, xj = ring[j]![0]!, yj = ring[j]![1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A ring lies inside another when most of its vertices do (a hole may touch its outer ring at a corner). */
function ringInside(inner: readonly Position[], outer: readonly Position[]): boolean {
  let inside = 0;
  const n = inner.length - 1; // the closing point repeats the first
  for (let i = 0; i < n; i++) if (pointInRing(inner[i]![0]!, inner[i]![1]!, outer)) inside++;
  return inside * 2 > n;
}

export function assemblePlot(rings: readonly Position[][]): Polygon | MultiPolygon {
  if (rings.length === 1) return { type: 'Polygon', coordinates: [rings[0]!] };
  // Larger rings first: a ring can only lie inside a larger one.
  const order = rings.map((ring, index) => ({ ring, index, area: planeArea(ring) })).sort((a, b) => b.area - a.area || a.index - b.index);
  const parts: { outer: Position[]; holes: { ring: Position[]; index: number }[]; index: number }[] = [];
  const depth: number[] = [];
  const container: number[] = [];
  order.forEach((entry, k) => {
    let parent = -1;
    for (let m = k - 1; m >= 0; m--) if (ringInside(entry.ring, order[m]!.ring)) { parent = m; break; }
    depth[k] = parent < 0 ? 0 : depth[parent]! + 1;
    container[k] = parent;
    if (depth[k]! % 2 === 0) parts.push({ outer: entry.ring, holes: [], index: entry.index });
  });
  order.forEach((entry, k) => {
    if (depth[k]! % 2 === 1) parts.find((p) => p.outer === order[container[k]!]!.ring)!.holes.push({ ring: entry.ring, index: entry.index });
  });
  // Parts in the file's order of their outer rings.
  parts.sort((a, b) => a.index - b.index);
  const polygons = parts.map((p) => [p.outer, ...p.holes.sort((a, b) => a.index - b.index).map((h) => h.ring)]);
  if (polygons.length === 1) return { type: 'Polygon', coordinates: polygons[0]! };
  return { type: 'MultiPolygon', coordinates: polygons };
}

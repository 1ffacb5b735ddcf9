// Roads linking the township seats (a minimum spanning tree plus a trunk road through the county town) and two
// rivers flowing east out of the hills: enough context under the project layers to read the map.
import { insideDistance } from '../geometry/convex';
import type { XY } from '../geometry/plane';
import type { Random } from '../prng';
import type { AdminLayout } from './admin-layout';

export interface SampleLine {
  readonly points: XY[];
  readonly properties: Record<string, unknown>;
}

export function contextLines(layout: AdminLayout, random: Random): SampleLine[] {
  const lines: SampleLine[] = [];
  const seats = layout.townships.map((t) => t.seat);
  for (const [a, b] of minimumSpanningTree(seats)) {
    lines.push({ points: wander(seats[a]!, seats[b]!, 600, 120, random), properties: { kind: 'road', name: `${layout.townships[a]!.name.replace(/[镇乡]$/, '')}—${layout.townships[b]!.name.replace(/[镇乡]$/, '')}公路` } });
  }
  const town = seats[0]!;
  const trunk = [[-40000, town[1] + random.range(-3000, 3000)], town, [40000, town[1] + random.range(-3000, 3000)]] as XY[];
  const trunkPoints = wander(trunk[0]!, trunk[1]!, 700, 150, random).concat(wander(trunk[1]!, trunk[2]!, 700, 150, random).slice(1));
  lines.push({ points: clip(trunkPoints, layout), properties: { kind: 'road', name: '国道示例线（虚构）' } });
  ['北沙河（虚构）', '磁河（虚构）'].forEach((name, i) => {
    const y = (i === 0 ? 1 : -1) * random.range(5000, 9000);
    const points: XY[] = [];
    const phase = random.range(0, Math.PI * 2);
    for (let x = -40000; x <= 40000; x += 400) points.push([x, y + Math.sin(x / 2500 + phase) * 700 + Math.sin(x / 900 + phase * 2) * 150]);
    const inside = clip(points, layout);
    if (inside.length >= 2) lines.push({ points: inside, properties: { kind: 'river', name } });
  });
  return lines.map((line, i) => ({ ...line, properties: { code: `XS-${String(i + 1).padStart(3, '0')}`, ...line.properties } }));
}

function minimumSpanningTree(points: readonly XY[]): [number, number][] {
  const inTree = new Set([0]);
  const edges: [number, number][] = [];
  while (inTree.size < points.length) {
    let best: [number, number] | null = null;
    let bestDistance = Infinity;
    for (const i of inTree) {
      for (let j = 0; j < points.length; j++) {
        if (inTree.has(j)) continue;
        const d = Math.hypot(points[i]![0] - points[j]![0], points[i]![1] - points[j]![1]);
        if (d < bestDistance) {
          bestDistance = d;
          best = [i, j];
        }
      }
    }
    edges.push(best!);
    inTree.add(best![1]);
  }
  return edges;
}

/** A line from a to b with gentle sideways bends, so roads do not look ruled. */
function wander(a: XY, b: XY, step: number, amplitude: number, random: Random): XY[] {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const n = Math.max(1, Math.round(length / step));
  const normal: XY = [-(b[1] - a[1]) / length, (b[0] - a[0]) / length];
  const points: XY[] = [];
  let offset = 0;
  for (let k = 0; k <= n; k++) {
    const t = k / n;
    offset = k === 0 || k === n ? 0 : offset * 0.6 + random.normal(0, amplitude) * Math.sin(Math.PI * t);
    points.push([a[0] + (b[0] - a[0]) * t + normal[0] * offset, a[1] + (b[1] - a[1]) * t + normal[1] * offset]);
  }
  return points;
}

function clip(points: XY[], layout: AdminLayout): XY[] {
  return points.filter((p) => insideDistance(layout.county, p) > 50);
}

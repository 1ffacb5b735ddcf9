// A spike: the boundary runs out to a vertex and straight back, enclosing nothing. Usually a mis-click; it inflates
// the perimeter and breaks overlay tools.
import type { Position } from 'geojson';
import { localMetreScale } from '../topology/local-metres';
import { isRingClosed } from './check-ring-closure';
import { describeRing, formatLocation, type GeometryProblem, type RingPlace } from './geometry-problem';

/** Indexes of vertices (in the ring without its closing vertex) where the ring turns back by more than 180° − angle. */
export function spikeVertexIndexes(ring: readonly Position[], spikeAngleDeg: number): number[] {
  const count = isRingClosed(ring) ? ring.length - 1 : ring.length;
  if (count < 3) return [];
  // localMetres' arithmetic into one flat array: this runs for every vertex of a county.
  const x0 = ring[0]![0]!, y0 = ring[0]![1]!;
  const { perDegreeLongitude: kx, perDegreeLatitude: ky } = localMetreScale(ring[0]!);
  const points = new Float64Array(2 * count);
  for (let i = 0; i < count; i++) {
    points[2 * i] = (ring[i]![0]! - x0) * kx;
    points[2 * i + 1] = (ring[i]![1]! - y0) * ky;
  }
  const limit = Math.cos((spikeAngleDeg * Math.PI) / 180);
  const spikes: number[] = [];
  for (let i = 0; i < count; i++) {
    const previous = (i + count - 1) % count, next = (i + 1) % count;
    const px = points[2 * previous]!, py = points[2 * previous + 1]!;
    const vx = points[2 * i]!, vy = points[2 * i + 1]!;
    const nx = points[2 * next]!, ny = points[2 * next + 1]!;
    const ax = px - vx, ay = py - vy, bx = nx - vx, by = ny - vy;
    const la = Math.hypot(ax, ay), lb = Math.hypot(bx, by);
    if (la === 0 || lb === 0) continue; // a duplicate vertex, reported as such
    if ((ax * bx + ay * by) / (la * lb) > limit) spikes.push(i);
  }
  return spikes;
}

export function checkSpikes(ring: readonly Position[], place: RingPlace, spikeAngleDeg: number): GeometryProblem[] {
  const found = spikeVertexIndexes(ring, spikeAngleDeg);
  if (found.length === 0) return [];
  const where = describeRing(place);
  return found.map((i) => {
    const p = ring[i]!;
    return {
      code: 'spike',
      severity: 'warning' as const,
      message: `Vertex ${i + 1} of ${where.en} at ${formatLocation(p)} is a spike (the boundary goes out and comes straight back); delete that vertex (automatic repair does this).`,
      messageZh: `${where.zh}第 ${i + 1} 个顶点（${formatLocation(p)}）为尖刺（边界折返）；请删除该顶点（自动修复可完成）。`,
      location: [p[0]!, p[1]!] as [number, number],
    };
  });
}

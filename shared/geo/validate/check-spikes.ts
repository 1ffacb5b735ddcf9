// A spike: the boundary runs out to a vertex and straight back, enclosing nothing. Usually a mis-click; it inflates
// the perimeter and breaks overlay tools.
import type { Position } from 'geojson';
import { localMetres } from '../topology/local-metres';
import { isRingClosed } from './check-ring-closure';
import { describeRing, formatLocation, type GeometryProblem, type RingPlace } from './geometry-problem';

/** Indexes of vertices (in the ring without its closing vertex) where the ring turns back by more than 180° − angle. */
export function spikeVertexIndexes(ring: readonly Position[], spikeAngleDeg: number): number[] {
  const count = isRingClosed(ring) ? ring.length - 1 : ring.length;
  if (count < 3) return [];
  const toMetres = localMetres(ring[0]!);
  const points = ring.slice(0, count).map(toMetres);
  const limit = Math.cos((spikeAngleDeg * Math.PI) / 180);
  const spikes: number[] = [];
  for (let i = 0; i < count; i++) {
    const [px, py] = points[(i + count - 1) % count]!;
    const [vx, vy] = points[i]!;
    const [nx, ny] = points[(i + 1) % count]!;
    const ax = px - vx, ay = py - vy, bx = nx - vx, by = ny - vy;
    const la = Math.hypot(ax, ay), lb = Math.hypot(bx, by);
    if (la === 0 || lb === 0) continue; // a duplicate vertex, reported as such
    if ((ax * bx + ay * by) / (la * lb) > limit) spikes.push(i);
  }
  return spikes;
}

export function checkSpikes(ring: readonly Position[], place: RingPlace, spikeAngleDeg: number): GeometryProblem[] {
  const where = describeRing(place);
  return spikeVertexIndexes(ring, spikeAngleDeg).map((i) => {
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

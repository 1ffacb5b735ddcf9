// Consecutive vertices at (nearly) the same spot: harmless to areas but a sign of sloppy digitising, and they break
// some tools' topology checks.
import type { Position } from 'geojson';
import { localMetreScale } from '../topology/local-metres';
import { describeRing, formatLocation, type GeometryProblem, type RingPlace } from './geometry-problem';

/** Indexes i (1-based within the ring's positions, closing vertex excluded) that repeat vertex i−1. */
export function duplicateVertexIndexes(ring: readonly Position[], toleranceM: number): number[] {
  if (ring.length < 2) return [];
  // localMetres' arithmetic, inline: this runs for every vertex of a county.
  const x0 = ring[0]![0]!, y0 = ring[0]![1]!;
  const { perDegreeLongitude: kx, perDegreeLatitude: ky } = localMetreScale(ring[0]!);
  const duplicates: number[] = [];
  for (let i = 1; i < ring.length; i++) {
    const p = ring[i - 1]!, q = ring[i]!;
    const ax = (p[0]! - x0) * kx, ay = (p[1]! - y0) * ky;
    const bx = (q[0]! - x0) * kx, by = (q[1]! - y0) * ky;
    const isClosingVertex = i === ring.length - 1 && ring[i]![0] === ring[0]![0] && ring[i]![1] === ring[0]![1];
    if (!isClosingVertex && Math.hypot(bx - ax, by - ay) <= toleranceM) duplicates.push(i);
  }
  return duplicates;
}

export function checkDuplicateVertices(ring: readonly Position[], place: RingPlace, toleranceM: number): GeometryProblem[] {
  const found = duplicateVertexIndexes(ring, toleranceM);
  if (found.length === 0) return [];
  const where = describeRing(place);
  return found.map((i) => {
    const p = ring[i]!;
    return {
      code: 'duplicate_vertex',
      severity: 'warning' as const,
      message: `Vertex ${i + 1} of ${where.en} at ${formatLocation(p)} repeats the vertex before it; remove it (automatic repair does this).`,
      messageZh: `${where.zh}第 ${i + 1} 个顶点（${formatLocation(p)}）与前一顶点重复；请删除（自动修复可完成）。`,
      location: [p[0]!, p[1]!] as [number, number],
    };
  });
}

import { describe, expect, it } from 'vitest';
import { nearestOnSegment } from './snap-to-project';

describe('snapping to an edge', () => {
  it('finds the foot of the perpendicular, clamped to the segment', () => {
    expect(nearestOnSegment({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toEqual({ point: { x: 5, y: 0 }, t: 0.5 });
    expect(nearestOnSegment({ x: -4, y: 1 }, { x: 0, y: 0 }, { x: 10, y: 0 }).t).toBe(0);
    expect(nearestOnSegment({ x: 14, y: 1 }, { x: 0, y: 0 }, { x: 10, y: 0 }).t).toBe(1);
    expect(nearestOnSegment({ x: 1, y: 1 }, { x: 2, y: 2 }, { x: 2, y: 2 })).toEqual({ point: { x: 2, y: 2 }, t: 0 });
  });
});

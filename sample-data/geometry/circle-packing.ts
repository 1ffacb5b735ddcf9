// Keeps parcels, sites and plots apart: each shape is registered with a bounding circle in a uniform grid, and a new
// shape is accepted only if its circle clears every neighbour's by a gap. Disjoint circles mean disjoint shapes.
import type { XY } from './plane';

interface Circle {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

export class CirclePacking {
  private readonly cells = new Map<number, Circle[]>();
  constructor(private readonly cellSize: number) {}

  fits(center: XY, radius: number, gap: number): boolean {
    const reach = radius + gap;
    // Circles are registered in every cell they touch, so looking `reach` around the centre finds all candidates.
    const [x0, x1, y0, y1] = this.cellRange(center[0], center[1], reach);
    for (let i = x0; i <= x1; i++) {
      for (let j = y0; j <= y1; j++) {
        for (const circle of this.cells.get(key(i, j)) ?? NONE) {
          const dx = circle.x - center[0];
          const dy = circle.y - center[1];
          const limit = circle.r + reach;
          if (dx * dx + dy * dy < limit * limit) return false;
        }
      }
    }
    return true;
  }

  add(center: XY, radius: number): void {
    const circle = { x: center[0], y: center[1], r: radius };
    const [x0, x1, y0, y1] = this.cellRange(center[0], center[1], radius);
    for (let i = x0; i <= x1; i++) {
      for (let j = y0; j <= y1; j++) {
        const list = this.cells.get(key(i, j));
        if (list) list.push(circle);
        else this.cells.set(key(i, j), [circle]);
      }
    }
  }

  private cellRange(x: number, y: number, r: number): [number, number, number, number] {
    const size = this.cellSize;
    return [Math.floor((x - r) / size), Math.floor((x + r) / size), Math.floor((y - r) / size), Math.floor((y + r) / size)];
  }
}

const NONE: readonly Circle[] = [];

/** A numeric key for grid cell (i, j); the county spans far fewer than 2^20 cells each way. */
function key(i: number, j: number): number {
  return (i + 0x80000) * 0x100000 + (j + 0x80000);
}

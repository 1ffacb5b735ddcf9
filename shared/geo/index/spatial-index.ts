// An in-memory spatial index over features (sql.js has no R*Tree, so the project file carries none: DESIGN.md).
// Flatbush is static and packed: built once per check, it answers a bounding-box query in microseconds.
import Flatbush from 'flatbush';
import type { Geometry } from 'geojson';
import { geometryBounds, type Bounds } from './geometry-bounds';

export interface SpatialIndex<T> {
  /** Items whose bounds meet the box. */
  search(minX: number, minY: number, maxX: number, maxY: number): T[];
  readonly items: readonly T[];
  readonly bounds: readonly Bounds[];
}

/** Indexes items by the bounds of their geometry; items without coordinates are left out. */
export function buildSpatialIndex<T>(items: readonly T[], geometryOf: (item: T) => Geometry | null | undefined): SpatialIndex<T> {
  const kept: T[] = [];
  const bounds: Bounds[] = [];
  for (const item of items) {
    const geometry = geometryOf(item);
    const b = geometry ? geometryBounds(geometry) : undefined;
    if (!b) continue;
    kept.push(item);
    bounds.push(b);
  }
  const index = new Flatbush(Math.max(kept.length, 1));
  for (const b of bounds) index.add(b[0], b[1], b[2], b[3]);
  if (kept.length === 0) index.add(0, 0, 0, 0);
  index.finish();
  return {
    items: kept,
    bounds,
    search: (minX, minY, maxX, maxY) => (kept.length === 0 ? [] : index.search(minX, minY, maxX, maxY).map((i) => kept[i]!)),
  };
}

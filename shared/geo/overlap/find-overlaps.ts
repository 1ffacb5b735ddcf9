// Overlaps within one layer (parcel vs parcel) or between two (parcel vs resettlement site or construction plot).
// A reclaimed parcel that overlaps another, or a site, would count land twice or reclaim land that is built on.
import type { MultiPolygon, Polygon } from 'geojson';
import { geometryBounds } from '../index/geometry-bounds';
import { buildSpatialIndex } from '../index/spatial-index';
import { polygonInteriorsMeet } from '../topology/polygons-interiors-meet';
import { squareMetresToMu } from '../units';
import { polygonIntersection } from './polygon-intersection-area';
import type { Overlap, OverlapOptions, PolygonItem } from './overlap-types';

function anyPosition(geometry: Polygon | MultiPolygon): [number, number] {
  const p = geometry.type === 'Polygon' ? geometry.coordinates[0]![0]! : geometry.coordinates[0]![0]![0]!;
  return [p[0]!, p[1]!];
}

/**
 * Pairs that share interior of at least `minAreaM2`. With one list, every pair within it (each pair once); with two,
 * every pair across them (a from the first, b from the second).
 */
export function findOverlaps(first: readonly PolygonItem[], second?: readonly PolygonItem[], options: OverlapOptions = {}): Overlap[] {
  const minArea = options.minAreaM2 ?? 0.1;
  const targets = second ?? first;
  const index = buildSpatialIndex(targets, (item) => item.geometry);
  const position = new Map<PolygonItem, number>();
  if (!second) first.forEach((item, i) => position.set(item, i));
  const overlaps: Overlap[] = [];
  first.forEach((a, i) => {
    const box = geometryBounds(a.geometry);
    if (!box) return;
    for (const b of index.search(box[0], box[1], box[2], box[3])) {
      if (!second && (b === a || position.get(b)! <= i)) continue;
      if (!polygonInteriorsMeet(a.geometry, b.geometry)) continue;
      const shared = polygonIntersection(a.geometry, b.geometry);
      if (!shared || shared.areaM2 < minArea) continue;
      overlaps.push({ a: a.id, b: b.id, areaM2: shared.areaM2, areaMu: squareMetresToMu(shared.areaM2), location: anyPosition(shared.geometry), geometry: shared.geometry });
    }
  });
  return overlaps;
}

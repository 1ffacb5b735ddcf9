// Parts of features that lie outside the area they belong to: a parcel outside its village (by the parcel's village
// name), and the general case behind it. A parcel drawn across a village boundary is usually a digitising slip, and
// the village summaries would count its area in the wrong place.
import type { MultiPolygon, Polygon } from 'geojson';
import { ellipsoidalArea } from '../area/ellipsoidal-area';
import { geometryBounds } from '../index/geometry-bounds';
import { squareMetresToMu } from '../units';
import { polygonBoundaryIndex, type PolygonBoundaryIndex } from './polygon-boundary-index';
import { polygonIntersection } from './polygon-intersection-area';
import type { PolygonItem } from './overlap-types';

export interface OutsideContainer {
  readonly id: string | number;
  /** The container it should lie in (e.g. the village name), as given. */
  readonly container: string;
  /** 'outside': part (or all) of it lies outside; 'container_not_found': no container has that name. */
  readonly kind: 'outside' | 'container_not_found';
  readonly outsideAreaM2: number;
  readonly outsideAreaMu: number;
  readonly location?: [number, number];
}

export interface OutsideOptions {
  /** Parts outside smaller than this (m²) are ignored (boundaries drawn at different scales). Default 1 m². */
  readonly minAreaM2?: number;
}

function firstPosition(geometry: Polygon | MultiPolygon): [number, number] {
  const p = geometry.type === 'Polygon' ? geometry.coordinates[0]![0]! : geometry.coordinates[0]![0]![0]!;
  return [p[0]!, p[1]!];
}

/**
 * For each item, the area that lies outside the container named by `containerNameOf(item)`; items without a name
 * are skipped. Containers are matched by name (villages with the same name in two townships: give a qualified name).
 */
export function findOutsideContainers(
  items: readonly PolygonItem[],
  containers: ReadonlyMap<string, Polygon | MultiPolygon>,
  containerNameOf: (item: PolygonItem) => string | undefined,
  options: OutsideOptions = {},
): OutsideContainer[] {
  const minArea = options.minAreaM2 ?? 1;
  const found: OutsideContainer[] = [];
  const boundaries = new Map<Polygon | MultiPolygon, PolygonBoundaryIndex>();
  const boundaryOf = (container: Polygon | MultiPolygon) => {
    let boundary = boundaries.get(container);
    if (!boundary) boundaries.set(container, (boundary = polygonBoundaryIndex(container)));
    return boundary;
  };
  for (const item of items) {
    const name = containerNameOf(item);
    if (!name) continue;
    const container = containers.get(name);
    const area = ellipsoidalArea(item.geometry);
    if (!container) {
      found.push({ id: item.id, container: name, kind: 'container_not_found', outsideAreaM2: area, outsideAreaMu: squareMetresToMu(area), location: firstPosition(item.geometry) });
      continue;
    }
    const inside = insideArea(item.geometry, area, container, boundaryOf(container));
    const outside = area - inside;
    if (outside >= minArea)
      found.push({ id: item.id, container: name, kind: 'outside', outsideAreaM2: outside, outsideAreaMu: squareMetresToMu(outside), location: firstPosition(item.geometry) });
  }
  return found;
}

/**
 * The part of `geometry` inside `container`. When no edge of the container reaches the feature's bounding box, the
 * box lies wholly on one side of the boundary and one vertex tells which (the whole area or none); only features
 * near the boundary are clipped.
 */
function insideArea(geometry: Polygon | MultiPolygon, area: number, container: Polygon | MultiPolygon, boundary: PolygonBoundaryIndex): number {
  const box = geometryBounds(geometry);
  if (box && !boundary.boundaryMeetsBox(box[0], box[1], box[2], box[3])) {
    const [x, y] = firstPosition(geometry);
    return boundary.contains(x, y) ? area : 0;
  }
  return polygonIntersection(geometry, container)?.areaM2 ?? 0;
}

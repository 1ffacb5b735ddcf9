// Keeps the inspector's position in the part of the map the field panel does not cover: pans only when the point
// leaves the inner area, so a receiver's 1 Hz updates do not shake the map.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Position } from 'geojson';

/** Fraction of the visible width/height kept as a margin before the map pans. */
const MARGIN = 0.2;

export function keepInView(map: MapLibreMap, point: Position, coveredRightPx: number): void {
  const canvas = map.getCanvas();
  const width = canvas.clientWidth - coveredRightPx;
  const height = canvas.clientHeight;
  if (width <= 0 || height <= 0) return;
  const screen = map.project([point[0]!, point[1]!]);
  const inside = screen.x > width * MARGIN && screen.x < width * (1 - MARGIN) && screen.y > height * MARGIN && screen.y < height * (1 - MARGIN);
  if (inside) return;
  map.easeTo({ center: [point[0]!, point[1]!], padding: { right: coveredRightPx, left: 0, top: 0, bottom: 0 }, duration: 300 });
}

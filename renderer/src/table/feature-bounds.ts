// The extent of some features of a project layer, for zoom to row.
import type { Geometry, Position } from 'geojson';
import type { ProjectView } from '../worker/project-protocol';

export type Bounds = [number, number, number, number];

function visit(coordinates: unknown, extend: (p: Position) => void): void {
  if (!Array.isArray(coordinates)) return;
  if (typeof coordinates[0] === 'number') extend(coordinates as Position);
  else for (const part of coordinates) visit(part, extend);
}

function visitGeometry(geometry: Geometry | null, extend: (p: Position) => void): void {
  if (!geometry) return;
  if (geometry.type === 'GeometryCollection') for (const g of geometry.geometries) visitGeometry(g, extend);
  else visit(geometry.coordinates, extend);
}

/** [west, south, east, north] of the features of `table` with these fids, or null if none has a geometry. */
export function featureBounds(view: ProjectView, table: string, fids: readonly number[]): Bounds | null {
  const wanted = new Set(fids);
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  const features = view.layers.find((l) => l.table === table)?.features.features ?? [];
  for (const feature of features) {
    if (!wanted.has(Number(feature.properties?.fid))) continue;
    visitGeometry(feature.geometry, ([x, y]) => {
      if (x! < bounds[0]) bounds[0] = x!;
      if (y! < bounds[1]) bounds[1] = y!;
      if (x! > bounds[2]) bounds[2] = x!;
      if (y! > bounds[3]) bounds[3] = y!;
    });
  }
  return bounds[0] === Infinity ? null : bounds;
}

// Snapping for drawing and vertex editing: the pointer snaps to a vertex of a project feature within 10 px, else to
// the nearest point of one of its edges within 8 px (parcels, sites, construction plots, villages).
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, Position } from 'geojson';
import { useAppStore } from '../state/app-store';

const SNAP_LAYERS = ['parcels-fill', 'sites-fill', 'construction-fill', 'villages-fill'];
const TABLE_OF_LAYER: Readonly<Record<string, string>> = { 'parcels-fill': 'reclaim_parcels', 'sites-fill': 'resettlement_sites', 'construction-fill': 'construction_plots', 'villages-fill': 'admin_areas' };

/** fid → stored feature, per table, rebuilt when the project view changes. */
const storedIndex = new WeakMap<readonly Feature[], Map<number, Feature>>();

/**
 * The stored geometry of a rendered feature: rendered geometry comes from map tiles and is rounded to the tile grid
 * (centimetres), so snapping must use the project's own coordinates.
 */
function storedGeometry(layerId: string, fid: unknown): GeoJSON.Geometry | null {
  const table = TABLE_OF_LAYER[layerId];
  const features = useAppStore.getState().project?.view.layers.find((l) => l.table === table)?.features.features;
  if (!features || typeof fid !== 'number') return null;
  let index = storedIndex.get(features);
  if (!index) {
    index = new Map(features.map((f) => [f.properties?.fid as number, f]));
    storedIndex.set(features, index);
  }
  return index.get(fid)?.geometry ?? null;
}
const VERTEX_PX = 10;
const EDGE_PX = 8;

interface ScreenPoint {
  x: number;
  y: number;
}

/** The nearest point to p on segment a–b, with its parameter t (0 at a, 1 at b). */
export function nearestOnSegment(p: ScreenPoint, a: ScreenPoint, b: ScreenPoint): { point: ScreenPoint; t: number } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return { point: { x: a.x + t * dx, y: a.y + t * dy }, t };
}

function rings(geometry: GeoJSON.Geometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

export function snapToProject(map: MapLibreMap, x: number, y: number): Position | undefined {
  const layers = SNAP_LAYERS.filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
  const features = map.queryRenderedFeatures(
    [
      [x - VERTEX_PX, y - VERTEX_PX],
      [x + VERTEX_PX, y + VERTEX_PX],
    ],
    { layers },
  );
  let bestVertex: { d: number; position: Position } | null = null;
  let bestEdge: { d: number; position: Position } | null = null;
  const seen = new Set<string>();
  for (const feature of features) {
    const key = `${feature.layer.id}:${String(feature.properties.fid)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const geometry = storedGeometry(feature.layer.id, feature.properties.fid);
    if (!geometry) continue;
    for (const ring of rings(geometry)) {
      for (let i = 0; i < ring.length; i++) {
        const vertex = ring[i]!;
        const screen = map.project([vertex[0]!, vertex[1]!]);
        const d = Math.hypot(screen.x - x, screen.y - y);
        if (d <= VERTEX_PX && (!bestVertex || d < bestVertex.d)) bestVertex = { d, position: [vertex[0]!, vertex[1]!] };
        const next = ring[i + 1];
        if (!next) continue;
        const nextScreen = map.project([next[0]!, next[1]!]);
        const nearest = nearestOnSegment({ x, y }, screen, nextScreen);
        const de = Math.hypot(nearest.point.x - x, nearest.point.y - y);
        if (de <= EDGE_PX && (!bestEdge || de < bestEdge.d)) {
          // Interpolate in lon/lat between the vertices, so the point lies on the stored edge.
          bestEdge = { d: de, position: [vertex[0]! + nearest.t * (next[0]! - vertex[0]!), vertex[1]! + nearest.t * (next[1]! - vertex[1]!)] };
        }
      }
    }
  }
  return bestVertex?.position ?? bestEdge?.position;
}

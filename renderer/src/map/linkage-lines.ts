// Linkage lines (挂钩连线): from each reclaimed (demolition) parcel of a linkage project to the project's nearest
// construction plot, so the map shows which old village land pays for which new plot. Drawn from the parcels and
// plots themselves (centres of their bounding boxes), never stored; built once per view, and only while shown.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { LayerData } from '../worker/project-protocol';
import { geometryBounds } from '../../../shared/geo/index/geometry-bounds';

interface Anchor {
  readonly code: string;
  readonly at: Position;
}

function centreOf(geometry: Geometry | null): Position | null {
  const box = geometry ? geometryBounds(geometry) : undefined;
  return box ? [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2] : null;
}

/** Squared distance on a plane scaled by cos(latitude): enough to pick the nearest plot of a few. */
function distance2(a: Position, b: Position): number {
  const k = Math.cos((((a[1]! + b[1]!) / 2) * Math.PI) / 180);
  const dx = (a[0]! - b[0]!) * k;
  const dy = a[1]! - b[1]!;
  return dx * dx + dy * dy;
}

export function linkageLines(layers: readonly LayerData[]): FeatureCollection {
  const plots = new Map<string, Anchor[]>();
  for (const plot of layers.find((l) => l.table === 'construction_plots')?.features.features ?? []) {
    const project = plot.properties?.project_code;
    const at = centreOf(plot.geometry);
    if (typeof project !== 'string' || !project || !at) continue;
    let list = plots.get(project);
    if (!list) plots.set(project, (list = []));
    list.push({ code: String(plot.properties?.code ?? ''), at });
  }
  const features: Feature[] = [];
  for (const parcel of layers.find((l) => l.table === 'reclaim_parcels')?.features.features ?? []) {
    const project = parcel.properties?.project_code;
    const targets = typeof project === 'string' ? plots.get(project) : undefined;
    const from = targets ? centreOf(parcel.geometry) : null;
    if (!targets || !from) continue;
    let nearest = targets[0]!;
    for (const plot of targets) if (distance2(from, plot.at) < distance2(from, nearest.at)) nearest = plot;
    features.push({
      type: 'Feature',
      properties: { project_code: project, parcel_code: parcel.properties?.code ?? null, plot_code: nearest.code, status: parcel.properties?.status ?? null },
      geometry: { type: 'LineString', coordinates: [from, nearest.at] },
    });
  }
  return { type: 'FeatureCollection', features };
}

const cache = new WeakMap<readonly LayerData[], FeatureCollection>();

/** The lines for a project view, computed once per view (the map and the layer panel share them). */
export function linkageLinesOfView(view: { readonly layers: readonly LayerData[] }): FeatureCollection {
  let lines = cache.get(view.layers);
  if (!lines) cache.set(view.layers, (lines = linkageLines(view.layers)));
  return lines;
}

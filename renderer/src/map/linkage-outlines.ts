// Outlines of the linkage projects (增减挂钩项目区): the convex hull around each project's reclaimed parcels and
// construction plots, labelled with its code, so a project's extent shows on the map although the project itself is
// a ledger row without geometry.
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { LayerData } from '../worker/project-protocol';
import { convexHull } from '../../../shared/geo/hull/convex-hull';

function collect(geometry: GeoJSON.Geometry | null, into: Position[]): void {
  if (!geometry) return;
  if (geometry.type === 'Polygon') for (const ring of geometry.coordinates) into.push(...ring);
  else if (geometry.type === 'MultiPolygon') for (const polygon of geometry.coordinates) for (const ring of polygon) into.push(...ring);
}

const cache = new WeakMap<readonly LayerData[], FeatureCollection>();

/**
 * The outlines for a project view, computed once per view (the map and the layer panel share it): hulls over 100k
 * parcels take about a second, so callers ask only while the layer is shown.
 */
export function linkageOutlinesOfView(view: { readonly layers: readonly LayerData[]; readonly summary: { readonly projects: readonly { code: string; name: string }[] } }): FeatureCollection {
  let outlines = cache.get(view.layers);
  if (!outlines) {
    outlines = linkageOutlines(view.layers, new Map(view.summary.projects.map((p) => [p.code, p.name])));
    cache.set(view.layers, outlines);
  }
  return outlines;
}

export function linkageOutlines(layers: readonly LayerData[], names: ReadonlyMap<string, string>): FeatureCollection {
  const points = new Map<string, Position[]>();
  for (const table of ['reclaim_parcels', 'construction_plots']) {
    for (const feature of layers.find((l) => l.table === table)?.features.features ?? []) {
      const code = feature.properties?.project_code;
      if (typeof code !== 'string' || !code) continue;
      let list = points.get(code);
      if (!list) points.set(code, (list = []));
      collect(feature.geometry, list);
    }
  }
  const features: Feature[] = [];
  for (const [code, list] of points) {
    const hull = convexHull(list);
    if (hull) features.push({ type: 'Feature', properties: { code, name: names.get(code) ?? code }, geometry: hull });
  }
  return { type: 'FeatureCollection', features };
}

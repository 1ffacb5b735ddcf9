// The GeoJSON the printed map draws: the project's tables as the main map has them, and the linkage project
// outlines (computed from the parcels, as on screen).
import type { Feature, FeatureCollection } from 'geojson';
import type { ProjectView } from '../worker/project-protocol';
import { geometryBounds } from '../../../shared/geo/index/geometry-bounds';
import { linkageOutlinesOfView } from '../map/linkage-outlines';

/** Source of one label point per township (polygon labels would repeat once per rendered tile). */
export const TOWNSHIP_LABELS_SOURCE = 'township_label_points';

const labelCache = new WeakMap<FeatureCollection, FeatureCollection>();

function townshipLabelPoints(admin: FeatureCollection): FeatureCollection {
  let points = labelCache.get(admin);
  if (!points) {
    const features: Feature[] = [];
    for (const f of admin.features) {
      if (f.properties?.level !== 'township' || !f.geometry) continue;
      // The largest part's box centre: good enough for the compact township shapes counties have.
      const parts = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.map((c) => ({ type: 'Polygon' as const, coordinates: c })) : [f.geometry];
      let best: [number, number, number, number] | undefined;
      for (const part of parts) {
        const box = geometryBounds(part);
        if (box && (!best || (box[2] - box[0]) * (box[3] - box[1]) > (best[2] - best[0]) * (best[3] - best[1]))) best = box;
      }
      if (best) features.push({ type: 'Feature', properties: { name: f.properties.name ?? '', level: 'township' }, geometry: { type: 'Point', coordinates: [(best[0] + best[2]) / 2, (best[1] + best[3]) / 2] } });
    }
    labelCache.set(admin, (points = { type: 'FeatureCollection', features }));
  }
  return points;
}

/** Source of the parcel markers a small-scale map draws where parcels are smaller than a millimetre. */
export const PARCEL_POINTS_SOURCE = 'reclaim_parcel_points';

const pointsCache = new WeakMap<FeatureCollection, FeatureCollection>();

function parcelPoints(parcels: FeatureCollection): FeatureCollection {
  let points = pointsCache.get(parcels);
  if (!points) {
    const features: Feature[] = [];
    for (const f of parcels.features) {
      const box = f.geometry ? geometryBounds(f.geometry) : undefined;
      if (box) features.push({ type: 'Feature', properties: { status: f.properties?.status ?? null }, geometry: { type: 'Point', coordinates: [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2] } });
    }
    pointsCache.set(parcels, (points = { type: 'FeatureCollection', features }));
  }
  return points;
}

export function printSources(view: ProjectView, withOutlines: boolean): Map<string, FeatureCollection> {
  const sources = new Map<string, FeatureCollection>(view.layers.map((l) => [l.table, l.features]));
  if (withOutlines) sources.set('linkage_outlines', linkageOutlinesOfView(view));
  const admin = sources.get('admin_areas');
  if (admin) sources.set(TOWNSHIP_LABELS_SOURCE, townshipLabelPoints(admin));
  const parcels = sources.get('reclaim_parcels');
  if (parcels) sources.set(PARCEL_POINTS_SOURCE, parcelPoints(parcels));
  return sources;
}

export function adminLayer(view: ProjectView): FeatureCollection | null {
  return view.layers.find((l) => l.table === 'admin_areas')?.features ?? null;
}

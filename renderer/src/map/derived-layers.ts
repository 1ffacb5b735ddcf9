// Map layers drawn from other layers rather than stored: linkage project outlines (hulls) and linkage lines
// (parcel → construction plot). Each is built once per project view, and only while its layer is shown.
import type { FeatureCollection } from 'geojson';
import type { ProjectView } from '../worker/project-protocol';
import { linkageLinesOfView } from './linkage-lines';
import { linkageOutlinesOfView } from './linkage-outlines';
import type { MapTable } from './layer-styles';

export const DERIVED_LAYERS: Partial<Record<MapTable, (view: ProjectView) => FeatureCollection>> = {
  linkage_outlines: linkageOutlinesOfView,
  linkage_lines: linkageLinesOfView,
};

export function isDerivedLayer(table: MapTable): boolean {
  return table in DERIVED_LAYERS;
}

// Which extent a single printed map shows: the whole county, the main map's current view (at its scale, rounded),
// the selected features, or one township or linkage project fitted to the frame.
import type { ProjectView } from '../worker/project-protocol';
import type { PrintData } from '../../../shared/print/print-data';
import type { SingleExtent } from '../../../shared/print/print-pages';
import { unionBBox } from '../../../shared/print/fit-frame';
import { roundScaleNearest } from '../../../shared/print/print-scale';
import { geometryBounds } from '../../../shared/geo/index/geometry-bounds';
import { getMapInstance } from '../map/map-instance';
import { scaleDenominator } from '../map/map-scale';
import type { Selection } from '../state/app-store';

export function singleExtent(choice: string, data: PrintData, view: ProjectView, selection: Selection | null, chosenScale: number | null): SingleExtent | null {
  if (choice === 'view') {
    const map = getMapInstance();
    if (map) {
      const centre = map.getCenter();
      return { kind: 'centre', centre: [centre.lng, centre.lat], scale: chosenScale ?? roundScaleNearest(scaleDenominator(map.getZoom(), centre.lat)) };
    }
  }
  if (choice === 'selection' && selection) {
    const layer = view.layers.find((l) => l.table === selection.table);
    const wanted = new Set(selection.fids);
    const boxes = (layer?.features.features ?? []).filter((f) => wanted.has(Number(f.properties?.fid))).map((f) => (f.geometry ? geometryBounds(f.geometry) : undefined));
    const bbox = unionBBox(boxes);
    if (bbox) return { kind: 'fit', scope: { kind: 'county' }, bbox };
  }
  if (choice.startsWith('township:')) {
    const t = data.townships.find((x) => x.name === choice.slice('township:'.length));
    if (t?.bbox) return { kind: 'fit', scope: { kind: 'township', name: t.name }, bbox: t.bbox };
  }
  if (choice.startsWith('project:')) {
    const p = data.projects.find((x) => x.code === choice.slice('project:'.length));
    if (p?.bbox) return { kind: 'fit', scope: { kind: 'project', code: p.code, name: p.name }, bbox: p.bbox };
  }
  return data.countyBbox ? { kind: 'fit', scope: { kind: 'county' }, bbox: data.countyBbox } : null;
}

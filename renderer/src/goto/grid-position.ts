// The cursor's position in the CGCS2000 3° Gauss-Krüger zone it falls in (without prefix), for the status bar:
// staff compare it with survey sheets, which list X (northing) first.
import { planeCrsForLongitude } from '../../../shared/geo/area/plane-area';
import { transformFromCgcs2000, type ProjectPosition } from '../../../shared/crs/transform/from-cgcs2000';
import { crsLabel } from '../../../shared/crs/crs-info';

const projections = new Map<number, { project: ProjectPosition; label: string }>();

export function gridPosition(lon: number, lat: number): { x: number; y: number; crs: string } {
  const crs = planeCrsForLongitude(lon);
  let entry = projections.get(crs.code);
  if (!entry) {
    entry = { project: transformFromCgcs2000(crs), label: crsLabel(crs) };
    projections.set(crs.code, entry);
  }
  const [easting, northing] = entry.project(lon, lat);
  return { x: northing, y: easting, crs: entry.label };
}

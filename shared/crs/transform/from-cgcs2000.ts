// Projects EPSG:4490 degrees into another system (Gauss-Krüger plane areas, exports in a chosen grid).
import proj4 from 'proj4';
import type { CrsInfo } from '../crs-info';
import { directForward } from './direct-projection';

const CGCS2000_DEGREES = '+proj=longlat +a=6378137 +rf=298.257222101 +no_defs';

export type ProjectPosition = (longitude: number, latitude: number) => [number, number];

/** A function from [longitude, latitude] on CGCS2000 to [easting, northing] (or degrees) of the system. */
export function transformFromCgcs2000(crs: CrsInfo): ProjectPosition {
  if (crs.kind === 'geographic') return (longitude, latitude) => [longitude, latitude];
  const direct = directForward(crs.proj4, CGCS2000_DEGREES);
  if (direct) return direct;
  const converter = proj4(CGCS2000_DEGREES, crs.proj4);
  return (longitude, latitude) => converter.forward([longitude, latitude]) as [number, number];
}

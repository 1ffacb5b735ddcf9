// Converts positions of a decided system to EPSG:4490 degrees [longitude, latitude], the system Landlink stores.
// No datum shift is applied (none is known without official parameters): Gauss-Krüger grids are inverted on their own
// ellipsoid; WGS84 degrees are taken as CGCS2000 (they differ by less than a metre). Xian 1980 and Beijing 1954 carry a
// datum warning that callers must show.
import proj4 from 'proj4';
import type { CrsInfo } from '../crs-info';
import { directInverse } from './direct-projection';

const CGCS2000_DEGREES = '+proj=longlat +a=6378137 +rf=298.257222101 +no_defs';

export type PositionTransform = (x: number, y: number) => [number, number];

/** A function from raw file coordinates (x, y as read) to [longitude, latitude] on CGCS2000. */
export function transformToCgcs2000(crs: CrsInfo, axisSwapped: boolean): PositionTransform {
  if (crs.kind === 'geographic') return axisSwapped ? (x, y) => [y, x] : (x, y) => [x, y];
  const direct = directInverse(crs.proj4, CGCS2000_DEGREES);
  if (direct) return axisSwapped ? (x, y) => direct(y, x) : direct;
  const converter = proj4(crs.proj4, CGCS2000_DEGREES);
  return axisSwapped
    ? (x, y) => converter.forward([y, x]) as [number, number]
    : (x, y) => converter.forward([x, y]) as [number, number];
}

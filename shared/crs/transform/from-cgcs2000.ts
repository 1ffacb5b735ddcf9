// Projects EPSG:4490 degrees into another system (Gauss-Krüger plane areas, exports in a chosen grid).
import proj4 from 'proj4';
import type { CrsInfo } from '../crs-info';

export type ProjectPosition = (longitude: number, latitude: number) => [number, number];

/** A function from [longitude, latitude] on CGCS2000 to [easting, northing] (or degrees) of the system. */
export function transformFromCgcs2000(crs: CrsInfo): ProjectPosition {
  if (crs.kind === 'geographic') return (longitude, latitude) => [longitude, latitude];
  const converter = proj4(`+proj=longlat +a=6378137 +rf=298.257222101 +no_defs`, crs.proj4);
  return (longitude, latitude) => converter.forward([longitude, latitude]) as [number, number];
}

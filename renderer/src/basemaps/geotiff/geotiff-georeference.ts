// Where a GeoTIFF lies: its EPSG code from the GeoKeys and its north-up geotransform, as a SourceGrid and a
// Projection to and from lon/lat (CGCS2000 degrees, which Landlink's map shows as they are, like WGS 84).
import proj4 from 'proj4';
import type { GeoTIFFImage } from 'geotiff';
import { crsByCode } from '../../../../shared/crs/crs-registry';
import { BasemapError } from '../basemap-error';
import type { Projection, SourceGrid } from './mercator-warp';

const USER_DEFINED = 32767;
const LON_LAT = '+proj=longlat +ellps=GRS80 +no_defs';

/** The EPSG code of the image's coordinate system, or a BasemapError naming the file. */
export function epsgOfImage(image: GeoTIFFImage, fileName: string): number {
  const keys = image.getGeoKeys() as Record<string, number | undefined> | null;
  const code = keys?.ProjectedCSTypeGeoKey ?? keys?.GeographicTypeGeoKey;
  if (!keys || code === undefined) throw new BasemapError('tiffNoGeoreference', { name: fileName });
  if (code === USER_DEFINED) throw new BasemapError('tiffUserDefinedCrs', { name: fileName });
  if (!crsByCode(code)) throw new BasemapError('tiffUnknownCrs', { name: fileName, code });
  return code;
}

export function projectionOf(code: number): Projection {
  const crs = crsByCode(code);
  if (!crs) throw new Error(`EPSG:${code} is not in Landlink's CRS registry`);
  if (crs.kind === 'geographic') return { toLonLat: (x, y) => [x, y], fromLonLat: (lon, lat) => [lon, lat] };
  const converter = proj4(LON_LAT, crs.proj4);
  return {
    toLonLat: (x, y) => converter.inverse([x, y]) as [number, number],
    fromLonLat: (lon, lat) => converter.forward([lon, lat]) as [number, number],
  };
}

/** The full-resolution image's geotransform, scaled to the size of the overview actually read. */
export function gridOf(fullImage: GeoTIFFImage, readWidth: number, readHeight: number, fileName: string): SourceGrid {
  let origin: number[];
  let resolution: number[];
  try {
    origin = fullImage.getOrigin();
    resolution = fullImage.getResolution();
  } catch {
    throw new BasemapError('tiffNoGeoreference', { name: fileName });
  }
  const [originX, originY] = origin;
  const [resX, resY] = resolution;
  if (![originX, originY, resX, resY].every((v) => typeof v === 'number' && Number.isFinite(v)) || resX === 0 || resY === 0)
    throw new BasemapError('tiffNoGeoreference', { name: fileName });
  return {
    width: readWidth,
    height: readHeight,
    originX: originX!,
    originY: originY!,
    resX: (resX! * fullImage.getWidth()) / readWidth,
    resY: (resY! * fullImage.getHeight()) / readHeight,
  };
}

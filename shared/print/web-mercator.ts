// Web Mercator arithmetic the print page needs to place a map frame without a live map: the MapLibre zoom that
// gives a printed scale, ground size of a lon/lat box, and pixel ↔ lon/lat at a zoom (for tiling a large render).
// MapLibre's tiles are 512 px at zoom 0; a CSS pixel is 1/96 in.
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
const METRES_PER_CSS_PIXEL_AT_SCALE_1 = 0.0254 / 96;
const TILE_SIZE = 512;

/** The zoom at which one CSS pixel on paper covers what 1:`denominator` says, at `latitude`. */
export function zoomForScale(denominator: number, latitude: number): number {
  const metresPerPixel = denominator * METRES_PER_CSS_PIXEL_AT_SCALE_1;
  return Math.log2((EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / metresPerPixel) - 9;
}

/** The scale denominator a zoom gives at `latitude` (inverse of zoomForScale). */
export function scaleForZoom(zoom: number, latitude: number): number {
  const metresPerPixel = (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / 2 ** (zoom + 9);
  return metresPerPixel / METRES_PER_CSS_PIXEL_AT_SCALE_1;
}

/** World pixel coordinates (CSS px) of a lon/lat at a zoom. */
export function project(lon: number, lat: number, zoom: number): [number, number] {
  const size = TILE_SIZE * 2 ** zoom;
  const x = ((lon + 180) / 360) * size;
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size;
  return [x, y];
}

export function unproject(x: number, y: number, zoom: number): [number, number] {
  const size = TILE_SIZE * 2 ** zoom;
  const lon = (x / size) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * y) / size;
  const lat = (180 / Math.PI) * Math.atan(Math.sinh(n));
  return [lon, lat];
}

/**
 * Ground width and height in metres of a [west, south, east, north] box as the map frame shows it: Mercator extent
 * scaled by the cosine of the centre latitude (the scale a printed frame states holds at its centre).
 */
export function groundSizeMetres(bbox: readonly [number, number, number, number], latitude: number): [number, number] {
  const zoom = 0;
  const [x0, y0] = project(bbox[0], bbox[3], zoom);
  const [x1, y1] = project(bbox[2], bbox[1], zoom);
  const metresPerWorldPixel = (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / TILE_SIZE;
  return [Math.abs(x1 - x0) * metresPerWorldPixel, Math.abs(y1 - y0) * metresPerWorldPixel];
}

/** Centre of a box in Mercator (so the box is symmetric in the frame). */
export function mercatorCentre(bbox: readonly [number, number, number, number]): [number, number] {
  const [x0, y0] = project(bbox[0], bbox[3], 0);
  const [x1, y1] = project(bbox[2], bbox[1], 0);
  return unproject((x0 + x1) / 2, (y0 + y1) / 2, 0);
}

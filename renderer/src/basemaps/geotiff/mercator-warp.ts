// Reprojects an orthophoto from its grid (e.g. CGCS2000 Gauss-Krüger, EPSG:4547) into Web Mercator for MapLibre.
// Landlink shows GeoTIFFs as an `image` source: one canvas whose pixel rows and columns are straight lines in Web
// Mercator, placed by four lon/lat corners (MapLibre maps the image linearly in Mercator, so this is exact).
// Chosen over a raster tile protocol because drone orthophotos cover a few km² and one overview-sized canvas
// (≤ 2048 px) reads once and pans freely; a county-wide mosaic would want tiles (not done yet).
// The warp computes exact source positions on a grid of control points every CONTROL_STEP output pixels and
// interpolates between them: the projections are smooth, so the error is far below a pixel, at a fraction of the cost.
const EARTH_RADIUS = 6378137;
const MAX_LAT = 85.0511287798;
export const CONTROL_STEP = 16;

export type Position = readonly [number, number];

/** Pixel ↔ source CRS, as a north-up geotransform (no rotation terms). */
export interface SourceGrid {
  readonly width: number;
  readonly height: number;
  /** Source CRS coordinates of the top-left corner of the top-left pixel. */
  readonly originX: number;
  readonly originY: number;
  /** Size of one pixel in source units; resY is negative for north-up images. */
  readonly resX: number;
  readonly resY: number;
}

export interface Projection {
  /** Source CRS → lon/lat degrees. */
  toLonLat(x: number, y: number): Position;
  /** Lon/lat degrees → source CRS. */
  fromLonLat(lon: number, lat: number): Position;
}

export interface MercatorTarget {
  readonly width: number;
  readonly height: number;
  /** Web Mercator metres of the output's outer edges. */
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
  /** MapLibre image source corners: top-left, top-right, bottom-right, bottom-left, in lon/lat. */
  readonly corners: readonly [Position, Position, Position, Position];
  /** [west, south, east, north] in degrees. */
  readonly bounds: readonly [number, number, number, number];
}

export function lonLatToMercator(lon: number, lat: number): Position {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  return [(EARTH_RADIUS * lon * Math.PI) / 180, EARTH_RADIUS * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360))];
}

export function mercatorToLonLat(x: number, y: number): Position {
  return [(x / EARTH_RADIUS) * (180 / Math.PI), (2 * Math.atan(Math.exp(y / EARTH_RADIUS)) - Math.PI / 2) * (180 / Math.PI)];
}

/** The source image's outline in lon/lat, sampled along each edge (a projected rectangle has curved edges). */
export function sourceOutline(grid: SourceGrid, projection: Projection, samplesPerEdge = 16): Position[] {
  const points: Position[] = [];
  const x0 = grid.originX;
  const y0 = grid.originY;
  const x1 = grid.originX + grid.width * grid.resX;
  const y1 = grid.originY + grid.height * grid.resY;
  for (let i = 0; i <= samplesPerEdge; i++) {
    const t = i / samplesPerEdge;
    points.push(
      projection.toLonLat(x0 + (x1 - x0) * t, y0),
      projection.toLonLat(x0 + (x1 - x0) * t, y1),
      projection.toLonLat(x0, y0 + (y1 - y0) * t),
      projection.toLonLat(x1, y0 + (y1 - y0) * t),
    );
  }
  return points;
}

/** The Web Mercator canvas that holds the whole source at about its own resolution, at most maxSize px a side. */
export function mercatorTarget(grid: SourceGrid, projection: Projection, maxSize = 2048): MercatorTarget {
  const mercator = sourceOutline(grid, projection).map(([lon, lat]) => lonLatToMercator(lon, lat));
  const west = Math.min(...mercator.map((p) => p[0]));
  const east = Math.max(...mercator.map((p) => p[0]));
  const south = Math.min(...mercator.map((p) => p[1]));
  const north = Math.max(...mercator.map((p) => p[1]));
  // Ground size of a source pixel at the centre, in Mercator metres (Mercator stretches by 1/cos(latitude)).
  const centre = mercatorToLonLat((west + east) / 2, (south + north) / 2);
  const [cx, cy] = projection.fromLonLat(centre[0], centre[1]);
  const [ax, ay] = lonLatToMercator(...projection.toLonLat(cx, cy));
  const [bx, by] = lonLatToMercator(...projection.toLonLat(cx + Math.abs(grid.resX), cy));
  const pixel = Math.hypot(bx - ax, by - ay) || (east - west) / grid.width;
  const scale = Math.max(1, Math.max(east - west, north - south) / pixel / maxSize);
  const width = Math.max(1, Math.round((east - west) / pixel / scale));
  const height = Math.max(1, Math.round((north - south) / pixel / scale));
  const nw = mercatorToLonLat(west, north);
  const se = mercatorToLonLat(east, south);
  return {
    width,
    height,
    west,
    south,
    east,
    north,
    corners: [nw, [se[0], nw[1]], se, [nw[0], se[1]]],
    bounds: [nw[0], se[1], se[0], nw[1]],
  };
}

/** Source pixel position (column, row; may be outside the image) of the centre of output pixel (i, j). */
export function sourcePixelOf(target: MercatorTarget, grid: SourceGrid, projection: Projection, i: number, j: number): Position {
  const mx = target.west + ((i + 0.5) / target.width) * (target.east - target.west);
  const my = target.north - ((j + 0.5) / target.height) * (target.north - target.south);
  const [lon, lat] = mercatorToLonLat(mx, my);
  const [x, y] = projection.fromLonLat(lon, lat);
  return [(x - grid.originX) / grid.resX, (y - grid.originY) / grid.resY];
}

/**
 * Fills an RGBA output (target.width × target.height) from an RGBA source (grid.width × grid.height) by nearest
 * neighbour at interpolated control-point positions. Pixels outside the source stay transparent.
 */
export function warpToMercator(source: Uint8ClampedArray | Uint8Array, grid: SourceGrid, target: MercatorTarget, projection: Projection): Uint8ClampedArray {
  const out = new Uint8ClampedArray(target.width * target.height * 4);
  const cols = Math.ceil(target.width / CONTROL_STEP) + 1;
  const rows = Math.ceil(target.height / CONTROL_STEP) + 1;
  const control = new Float64Array(cols * rows * 2);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const [u, v] = sourcePixelOf(target, grid, projection, Math.min(c * CONTROL_STEP, target.width), Math.min(r * CONTROL_STEP, target.height));
      control[(r * cols + c) * 2] = u;
      control[(r * cols + c) * 2 + 1] = v;
    }
  for (let j = 0; j < target.height; j++) {
    const r = Math.floor(j / CONTROL_STEP);
    const r1 = Math.min(r + 1, rows - 1);
    const rowSpan = Math.min((r + 1) * CONTROL_STEP, target.height) - r * CONTROL_STEP || 1;
    const fy = (j - r * CONTROL_STEP) / rowSpan;
    for (let i = 0; i < target.width; i++) {
      const c = Math.floor(i / CONTROL_STEP);
      const c1 = Math.min(c + 1, cols - 1);
      const colSpan = Math.min((c + 1) * CONTROL_STEP, target.width) - c * CONTROL_STEP || 1;
      const fx = (i - c * CONTROL_STEP) / colSpan;
      const k00 = (r * cols + c) * 2;
      const k10 = (r * cols + c1) * 2;
      const k01 = (r1 * cols + c) * 2;
      const k11 = (r1 * cols + c1) * 2;
      const u = (1 - fy) * ((1 - fx) * control[k00]! + fx * control[k10]!) + fy * ((1 - fx) * control[k01]! + fx * control[k11]!);
      const v = (1 - fy) * ((1 - fx) * control[k00 + 1]! + fx * control[k10 + 1]!) + fy * ((1 - fx) * control[k01 + 1]! + fx * control[k11 + 1]!);
      const su = Math.floor(u);
      const sv = Math.floor(v);
      if (su < 0 || sv < 0 || su >= grid.width || sv >= grid.height) continue;
      const from = (sv * grid.width + su) * 4;
      const to = (j * target.width + i) * 4;
      out[to] = source[from]!;
      out[to + 1] = source[from + 1]!;
      out[to + 2] = source[from + 2]!;
      out[to + 3] = source[from + 3]!;
    }
  }
  return out;
}

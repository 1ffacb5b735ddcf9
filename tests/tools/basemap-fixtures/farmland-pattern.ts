// A synthetic "orthophoto" for the basemap fixtures: a patchwork of flat-coloured fields split at random, with
// grey field roads between some of them. Flat colours compress well (the fixtures stay small) and read clearly
// under the project's parcels in screenshots.
export interface RgbImage {
  readonly width: number;
  readonly height: number;
  /** Interleaved RGB, row by row from the top. */
  readonly pixels: Uint8Array;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function farmlandPattern(width: number, height: number, palette: readonly (readonly [number, number, number])[], seed: number): RgbImage {
  const random = mulberry32(seed);
  const pixels = new Uint8Array(width * height * 3);
  const fill = (x0: number, y0: number, x1: number, y1: number, colour: readonly [number, number, number]): void => {
    for (let y = Math.max(0, y0); y < Math.min(height, y1); y++)
      for (let x = Math.max(0, x0); x < Math.min(width, x1); x++) pixels.set(colour, (y * width + x) * 3);
  };
  const split = (x0: number, y0: number, x1: number, y1: number, depth: number): void => {
    const w = x1 - x0;
    const h = y1 - y0;
    if (depth > 7 || (w < 90 && h < 90)) {
      fill(x0, y0, x1, y1, palette[Math.floor(random() * palette.length)]!);
      return;
    }
    const vertical = w > h;
    const at = Math.round((vertical ? x0 + w * (0.3 + random() * 0.4) : y0 + h * (0.3 + random() * 0.4)));
    if (vertical) {
      split(x0, y0, at, y1, depth + 1);
      split(at, y0, x1, y1, depth + 1);
      if (depth < 4) fill(at - 2, y0, at + 2, y1, [150, 145, 135]);
    } else {
      split(x0, y0, x1, at, depth + 1);
      split(x0, at, x1, y1, depth + 1);
      if (depth < 4) fill(x0, at - 2, x1, at + 2, [150, 145, 135]);
    }
  };
  split(0, 0, width, height, 0);
  return { width, height, pixels };
}

/** Binary PPM (P6), which GDAL reads as a plain raster that gdal_translate can georeference. */
export function toPpm(image: RgbImage): Uint8Array {
  const header = new TextEncoder().encode(`P6\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.byteLength + image.pixels.byteLength);
  out.set(header, 0);
  out.set(image.pixels, header.byteLength);
  return out;
}

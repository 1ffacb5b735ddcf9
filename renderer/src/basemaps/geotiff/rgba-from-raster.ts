// geotiff's readRGB gives 3 or 4 interleaved channels, 8- or 16-bit: MapLibre's canvas wants RGBA bytes. A GDAL
// nodata value (the same in every band) becomes transparent, so a warped orthophoto's empty corners do not hide
// the map.
export function rgbaFromRaster(data: ArrayLike<number>, width: number, height: number, bitsPerSample: number, noData: number | null): Uint8ClampedArray {
  const pixels = width * height;
  const channels = Math.round(data.length / pixels);
  const scale = bitsPerSample > 8 ? 255 / (2 ** bitsPerSample - 1) : 1;
  const out = new Uint8ClampedArray(pixels * 4);
  for (let p = 0; p < pixels; p++) {
    const r = data[p * channels]!;
    const g = data[p * channels + 1]!;
    const b = data[p * channels + 2]!;
    const a = channels >= 4 ? data[p * channels + 3]! * scale : 255;
    const empty = noData !== null && r === noData && g === noData && b === noData;
    out[p * 4] = r * scale;
    out[p * 4 + 1] = g * scale;
    out[p * 4 + 2] = b * scale;
    out[p * 4 + 3] = empty ? 0 : a;
  }
  return out;
}

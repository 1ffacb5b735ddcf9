import { readFileSync } from 'node:fs';
import { fromArrayBuffer } from 'geotiff';
import { describe, expect, it } from 'vitest';
import { BasemapError } from '../basemap-error';
import { epsgOfImage, gridOf, projectionOf } from './geotiff-georeference';
import { lonLatToMercator, mercatorTarget, mercatorToLonLat, sourceOutline, sourcePixelOf, warpToMercator, type SourceGrid } from './mercator-warp';

const read = (name: string): ArrayBuffer => {
  const bytes = readFileSync(new URL(`../../../../sample-data/basemaps/${name}`, import.meta.url));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};

async function fixtureGrid(): Promise<{ grid: SourceGrid; code: number }> {
  const tiff = await fromArrayBuffer(read('ortho-cgcs2000-gk114.tif'));
  const image = await tiff.getImage(0);
  const code = epsgOfImage(image, 'ortho.tif');
  return { grid: gridOf(image, image.getWidth(), image.getHeight(), 'ortho.tif'), code };
}

describe('GeoTIFF georeference', () => {
  it('reads EPSG:4547 and a 4 m north-up grid from the drone fixture', async () => {
    const { grid, code } = await fixtureGrid();
    expect(code).toBe(4547);
    expect(grid.resX).toBeCloseTo(4, 6);
    expect(grid.resY).toBeCloseTo(-4, 6);
    // Easting near 500 km (CM 114°E, no zone prefix), northing near 4 300 km (38.8°N).
    expect(grid.originX).toBeGreaterThan(490_000);
    expect(grid.originX).toBeLessThan(500_000);
    expect(grid.originY).toBeGreaterThan(4_290_000);
  });

  it('refuses a TIFF without georeferencing with a message naming the file', async () => {
    const image = await (await fromArrayBuffer(read('plain-no-georeference.tif'))).getImage(0);
    expect(() => epsgOfImage(image, '无坐标.tif')).toThrow(BasemapError);
    try {
      epsgOfImage(image, '无坐标.tif');
    } catch (error) {
      expect((error as BasemapError).key).toBe('tiffNoGeoreference');
      expect((error as BasemapError).values.name).toBe('无坐标.tif');
    }
  });
});

describe('reprojection to Web Mercator', () => {
  it('Mercator round-trips', () => {
    const [x, y] = lonLatToMercator(114, 38.8);
    const [lon, lat] = mercatorToLonLat(x, y);
    expect(lon).toBeCloseTo(114, 9);
    expect(lat).toBeCloseTo(38.8, 9);
  });

  it('places the corners so the whole orthophoto fits, inside the area it was made for', async () => {
    const { grid, code } = await fixtureGrid();
    const projection = projectionOf(code);
    const target = mercatorTarget(grid, projection, 2048);
    const [west, south, east, north] = target.bounds;
    // The fixture covers 113.94–113.99°E, 38.82–38.86°N (its GK rectangle a little more).
    expect(west).toBeCloseTo(113.94, 2);
    expect(east).toBeCloseTo(113.99, 2);
    expect(south).toBeCloseTo(38.82, 2);
    expect(north).toBeCloseTo(38.86, 2);
    for (const [lon, lat] of sourceOutline(grid, projection)) {
      expect(lon).toBeGreaterThanOrEqual(west - 1e-9);
      expect(lon).toBeLessThanOrEqual(east + 1e-9);
      expect(lat).toBeGreaterThanOrEqual(south - 1e-9);
      expect(lat).toBeLessThanOrEqual(north + 1e-9);
    }
    // Corners in MapLibre's order: top-left, top-right, bottom-right, bottom-left.
    expect(target.corners[0]).toEqual([west, north]);
    expect(target.corners[2]).toEqual([east, south]);
    // About the source's own resolution (4 m is ~5.1 m in Mercator at 38.8°N), so no more pixels than it has.
    expect(target.width).toBeGreaterThan(grid.width * 0.9);
    expect(target.width).toBeLessThan(grid.width * 1.1);
  });

  it('maps a known ground point to the right source pixel, and the control-grid warp keeps it there', async () => {
    const { grid, code } = await fixtureGrid();
    const projection = projectionOf(code);
    const target = mercatorTarget(grid, projection, 512);
    // Source pixel (300, 700) → ground → output pixel → back: within a pixel of the output's scale.
    const [gx, gy] = [grid.originX + 300.5 * grid.resX, grid.originY + 700.5 * grid.resY];
    const [mx, my] = lonLatToMercator(...projection.toLonLat(gx, gy));
    const i = Math.floor(((mx - target.west) / (target.east - target.west)) * target.width);
    const j = Math.floor(((target.north - my) / (target.north - target.south)) * target.height);
    const [u, v] = sourcePixelOf(target, grid, projection, i, j);
    const sourcePixelsPerOutput = grid.width / target.width;
    expect(Math.abs(u - 300.5)).toBeLessThan(sourcePixelsPerOutput);
    expect(Math.abs(v - 700.5)).toBeLessThan(sourcePixelsPerOutput);

    // A source where every pixel's red/green bytes encode its column/row (mod 256): the warped output must sample
    // the pixel the exact projection names, within one source pixel, everywhere.
    const source = new Uint8ClampedArray(grid.width * grid.height * 4);
    for (let row = 0; row < grid.height; row++)
      for (let col = 0; col < grid.width; col++) source.set([col % 256, row % 256, 0, 255], (row * grid.width + col) * 4);
    const out = warpToMercator(source, grid, target, projection);
    let checked = 0;
    for (let jj = 3; jj < target.height; jj += 37)
      for (let ii = 5; ii < target.width; ii += 41) {
        const [eu, ev] = sourcePixelOf(target, grid, projection, ii, jj);
        const k = (jj * target.width + ii) * 4;
        if (eu < 1 || ev < 1 || eu > grid.width - 2 || ev > grid.height - 2) continue;
        // Difference of the encoded and the exact column/row, modulo 256, in −128…127.
        const wrap = (d: number): number => ((((d % 256) + 256 + 128) % 256) - 128);
        expect(Math.abs(wrap(out[k]! - Math.floor(eu))), `column at ${ii},${jj}`).toBeLessThanOrEqual(1);
        expect(Math.abs(wrap(out[k + 1]! - Math.floor(ev))), `row at ${ii},${jj}`).toBeLessThanOrEqual(1);
        expect(out[k + 3]).toBe(255);
        checked++;
      }
    expect(checked).toBeGreaterThan(20);
  });
});

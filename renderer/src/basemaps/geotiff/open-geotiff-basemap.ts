// Opens a GeoTIFF/COG orthophoto through the Host (by byte ranges: the header and the tiles of one overview),
// reprojects it to Web Mercator on a canvas (mercator-warp.ts) and shows it as a MapLibre `image` source.
// Decoding and warping run on the UI thread: the canvas is capped at 2048 px a side, which a COG's overviews make
// cheap; a large GeoTIFF without overviews is decoded in full once (slow, and said so in the report).
import { GeoTIFF, type GeoTIFFImage } from 'geotiff';
import type { HostFileRef } from '../../../../shared/host/host';
import type { BasemapEntry } from '../basemap-entry';
import { BasemapError } from '../basemap-error';
import type { ByteRangeReader } from '../host-range-source';
import { epsgOfImage, gridOf, projectionOf } from './geotiff-georeference';
import { hostTiffSource } from './host-tiff-source';
import { mercatorTarget, warpToMercator } from './mercator-warp';
import { rgbaFromRaster } from './rgba-from-raster';

const MAX_CANVAS = 2048;
type Opened = Omit<BasemapEntry, 'visible' | 'opacity'>;

/** The smallest image of the file (full resolution or an overview) still at least `wanted` px on its long side. */
async function pickOverview(tiff: GeoTIFF, full: GeoTIFFImage, wanted: number): Promise<GeoTIFFImage> {
  let best = full;
  const count = await tiff.getImageCount();
  for (let index = 1; index < count; index++) {
    const image = await tiff.getImage(index);
    // Masks and other sub-files are not overviews of the picture.
    if (image.getSamplesPerPixel() !== full.getSamplesPerPixel()) continue;
    const side = Math.max(image.getWidth(), image.getHeight());
    if (side >= wanted && side < Math.max(best.getWidth(), best.getHeight())) best = image;
  }
  return best;
}

export async function openGeotiffBasemap(host: ByteRangeReader, file: HostFileRef, id: string): Promise<Opened> {
  let tiff: GeoTIFF;
  let full: GeoTIFFImage;
  try {
    tiff = await GeoTIFF.fromSource(hostTiffSource(host, file.handle, file.size) as never);
    full = await tiff.getImage(0);
  } catch (error) {
    throw new BasemapError('tiffUnreadable', { name: file.name, reason: error instanceof Error ? error.message : String(error) });
  }
  const code = epsgOfImage(full, file.name);
  const projection = projectionOf(code);
  const photometric = full.getFileDirectory().getValue('PhotometricInterpretation') as number | undefined;
  const bands = full.getSamplesPerPixel();
  // RGB (2) may carry alpha; grey (0, 1), palette (3), CMYK (5), YCbCr (6) and CIELab (8) readRGB converts.
  if (photometric === 2 ? bands < 3 : ![0, 1, 3, 5, 6, 8].includes(photometric ?? -1)) throw new BasemapError('tiffBands', { name: file.name, bands });
  const fullGrid = gridOf(full, full.getWidth(), full.getHeight(), file.name);
  const target = mercatorTarget(fullGrid, projection, MAX_CANVAS);
  const image = await pickOverview(tiff, full, Math.max(target.width, target.height));
  let raster: ArrayLike<number> & { width: number; height: number };
  try {
    raster = (await image.readRGB({ interleave: true, enableAlpha: true })) as never;
  } catch (error) {
    throw new BasemapError('tiffUnreadable', { name: file.name, reason: error instanceof Error ? error.message : String(error) });
  }
  const rgba = rgbaFromRaster(raster, raster.width, raster.height, photometric === 2 ? full.getBitsPerSample(0) : 8, full.getGDALNoData());
  const grid = gridOf(full, raster.width, raster.height, file.name);
  const warped = warpToMercator(rgba, grid, target, projection);
  const canvas = document.createElement('canvas');
  canvas.width = target.width;
  canvas.height = target.height;
  const context = canvas.getContext('2d');
  if (!context) throw new BasemapError('unexpected', { reason: 'no 2D canvas' });
  context.putImageData(new ImageData(warped as Uint8ClampedArray<ArrayBuffer>, target.width, target.height), 0, 0);
  return {
    id,
    name: file.name,
    kind: 'geotiff',
    content: {
      source: { type: 'image', coordinates: target.corners.map(([lon, lat]) => [lon, lat]) as never } as never,
      layers: [{ id: `${id}-image`, type: 'raster', source: id, paint: { 'raster-opacity': 1, 'raster-fade-duration': 0 } }],
      image: canvas,
      bounds: target.bounds,
    },
    release: () => undefined,
  };
}

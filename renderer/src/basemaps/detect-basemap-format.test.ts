import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectBasemapFormat, FORMAT_SNIFF_LENGTH } from './detect-basemap-format';

const head = (file: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../sample-data/basemaps/${file}`, import.meta.url))).slice(0, FORMAT_SNIFF_LENGTH);
const text = (value: string): Uint8Array => new TextEncoder().encode(value.padEnd(FORMAT_SNIFF_LENGTH, ' '));

describe('detectBasemapFormat', () => {
  it('recognises the fixtures by their bytes', () => {
    expect(detectBasemapFormat(head('fields-raster.pmtiles'))).toBe('pmtiles');
    expect(detectBasemapFormat(head('fields-vector.pmtiles'))).toBe('pmtiles');
    expect(detectBasemapFormat(head('fields-raster.mbtiles'))).toBe('mbtiles');
    expect(detectBasemapFormat(head('ortho-cgcs2000-gk114.tif'))).toBe('tiff');
  });

  it('knows big-endian TIFF and BigTIFF, and refuses anything else', () => {
    expect(detectBasemapFormat(Uint8Array.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8]))).toBe('tiff');
    expect(detectBasemapFormat(Uint8Array.from([0x49, 0x49, 0x2b, 0x00, 8, 0, 0, 0]))).toBe('tiff');
    expect(detectBasemapFormat(text('{"type":"FeatureCollection"'))).toBeNull();
    expect(detectBasemapFormat(text('PK\u0003\u0004'))).toBeNull();
    expect(detectBasemapFormat(new Uint8Array())).toBeNull();
  });
});

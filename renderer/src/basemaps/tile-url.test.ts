import { describe, expect, it } from 'vitest';
import { parseTileUrl, tileUrlTemplate, tmsRow } from './tile-url';

describe('basemap tile URLs', () => {
  it('names a registered basemap and a tile, never a path', () => {
    expect(tileUrlTemplate('pmtiles', 'basemap-3')).toBe('pmtiles://basemap-3/{z}/{x}/{y}');
    expect(parseTileUrl('pmtiles://basemap-3/14/13382/6270')).toEqual({ id: 'basemap-3', z: 14, x: 13382, y: 6270 });
    expect(parseTileUrl('mbtiles://basemap-4/0/0/0')).toEqual({ id: 'basemap-4', z: 0, x: 0, y: 0 });
    expect(parseTileUrl('pmtiles:///home/user/a.pmtiles/1/2/3')).toBeNull();
    expect(parseTileUrl('pmtiles://basemap-3/14/1')).toBeNull();
  });

  it('flips MBTiles rows (TMS, bottom-up) to XYZ rows and back', () => {
    expect(tmsRow(0, 0)).toBe(0);
    expect(tmsRow(1, 0)).toBe(1);
    expect(tmsRow(14, 6270)).toBe(16383 - 6270);
    for (const [z, y] of [[3, 5], [12, 1234], [20, 77]] as const) expect(tmsRow(z, tmsRow(z, y))).toBe(y);
  });
});

import { readFileSync } from 'node:fs';
import { PMTiles, TileType } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { HostRangeSource, type ByteRangeReader } from './host-range-source';
import { readVectorLayers, vectorDefaultLayers } from './vector-default-style';

/** A Host that serves byte ranges of a fixture file and records each read, as the Electron main process would. */
function fixtureHost(file: string): ByteRangeReader & { reads: [number, number][]; size: number } {
  const bytes = new Uint8Array(readFileSync(new URL(`../../../sample-data/basemaps/${file}`, import.meta.url)));
  const reads: [number, number][] = [];
  return {
    reads,
    size: bytes.byteLength,
    async readByteRange(handle, offset, length) {
      expect(handle).toBe('large:fixture');
      reads.push([offset, length]);
      // A copy inside a larger buffer, as IPC or File.slice may hand back.
      const padded = new Uint8Array(length + 8);
      padded.set(bytes.subarray(offset, offset + length), 4);
      return padded.subarray(4, 4 + Math.min(length, bytes.byteLength - offset));
    },
  };
}

describe('HostRangeSource', () => {
  it('lets pmtiles read a raster archive by ranges through the Host', async () => {
    const host = fixtureHost('fields-raster.pmtiles');
    const archive = new PMTiles(new HostRangeSource(host, 'large:fixture', 'basemap-1'));
    const header = await archive.getHeader();
    expect(header.specVersion).toBe(3);
    expect(header.tileType).toBe(TileType.Png);
    expect([header.minZoom, header.maxZoom]).toEqual([12, 14]);
    expect(header.minLon).toBeCloseTo(114.0, 5);
    expect(header.maxLat).toBeCloseTo(38.88, 5);
    // The z14 tile over the middle of the fixture is a PNG.
    const tile = await archive.getZxy(14, 13382, 6270);
    expect(tile).toBeDefined();
    expect([...new Uint8Array(tile!.data).slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect(await archive.getZxy(14, 0, 0)).toBeUndefined();
    // Nothing read the file whole: the header block, then the tile's own bytes.
    expect(host.reads.every(([, length]) => length < host.size)).toBe(true);
  });

  it('reads a vector archive whose metadata names its layers, which get the default style', async () => {
    const host = fixtureHost('fields-vector.pmtiles');
    const archive = new PMTiles(new HostRangeSource(host, 'large:fixture', 'basemap-2'));
    expect((await archive.getHeader()).tileType).toBe(TileType.Mvt);
    const layers = readVectorLayers(await archive.getMetadata());
    expect(layers.map((l) => l.id)).toEqual(['landuse', 'roads']);
    const style = vectorDefaultLayers('basemap-2', layers);
    expect(style.map((l) => l.id)).toContain('basemap-2-0-fill');
    expect(style.every((l) => 'source' in l && l.source === 'basemap-2')).toBe(true);
    const label = style.find((l) => l.type === 'symbol');
    expect(label && 'layout' in label ? label.layout?.['text-font'] : null).toEqual(['Noto Sans SC']);
  });
});

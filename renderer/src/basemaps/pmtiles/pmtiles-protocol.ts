// Serves `pmtiles://<basemap id>/{z}/{x}/{y}` to MapLibre from archives opened through the Host. Only archives
// registered here answer: an unknown id fails at once, so nothing is ever looked up on a network.
import * as maplibregl from 'maplibre-gl';
import { TileType, type PMTiles } from 'pmtiles';
import { parseTileUrl } from '../tile-url';

const archives = new Map<string, PMTiles>();
let registered = false;

export function registerPmtilesArchive(id: string, archive: PMTiles): void {
  archives.set(id, archive);
  if (registered) return;
  registered = true;
  maplibregl.addProtocol('pmtiles', async (params, abortController) => {
    const address = parseTileUrl(params.url);
    const archive = address && archives.get(address.id);
    if (!address || !archive) throw new Error(`Landlink: no PMTiles basemap answers ${params.url}`);
    const tile = await archive.getZxy(address.z, address.x, address.y, abortController.signal);
    if (tile) return { data: tile.data };
    // A tile the archive does not have: empty for vector tiles, no image for raster (as the pmtiles package does).
    const header = await archive.getHeader();
    return { data: header.tileType === TileType.Mvt ? new ArrayBuffer(0) : (null as never) };
  });
}

export function unregisterPmtilesArchive(id: string): void {
  archives.delete(id);
}

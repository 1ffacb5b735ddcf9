// Serves `mbtiles://<basemap id>/{z}/{x}/{y}` to MapLibre from the MBTiles worker. Missing tiles answer empty
// (vector) or no image (raster), like the PMTiles protocol.
import * as maplibregl from 'maplibre-gl';
import { parseTileUrl } from '../tile-url';
import { mbtilesWorker } from './mbtiles-client';

const vectorIds = new Map<string, boolean>();
let registered = false;

export function registerMbtilesBasemap(id: string, vector: boolean): void {
  vectorIds.set(id, vector);
  if (registered) return;
  registered = true;
  maplibregl.addProtocol('mbtiles', async (params) => {
    const address = parseTileUrl(params.url);
    if (!address || !vectorIds.has(address.id)) throw new Error(`Landlink: no MBTiles basemap answers ${params.url}`);
    const tile = await mbtilesWorker.tile(address.id, address.z, address.x, address.y);
    if (tile) return { data: tile.slice().buffer };
    return { data: vectorIds.get(address.id) ? new ArrayBuffer(0) : (null as never) };
  });
}

export function unregisterMbtilesBasemap(id: string): void {
  vectorIds.delete(id);
  void mbtilesWorker.close(id);
}

// Opens an MBTiles through the Host (read whole, up to MBTILES_MAX_BYTES) in the MBTiles worker and describes it
// for MapLibre: raster tiles, or vector tiles with the default style.
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { HostFileRef } from '../../../../shared/host/host';
import type { BasemapEntry } from '../basemap-entry';
import { BasemapError } from '../basemap-error';
import type { ByteRangeReader } from '../host-range-source';
import { tileUrlTemplate } from '../tile-url';
import { loadLabelFont } from '../../map/load-label-font';
import { readVectorLayers, vectorDefaultLayers } from '../vector-default-style';
import { mbtilesWorker } from './mbtiles-client';
import { isRpcError } from '../../rpc/rpc-error';
import { registerMbtilesBasemap, unregisterMbtilesBasemap } from './mbtiles-protocol';
import type { MbtilesInfo } from './mbtiles-queries';
import { MBTILES_MAX_BYTES, readWholeFile } from './read-whole-file';

type Opened = Omit<BasemapEntry, 'visible' | 'opacity'>;
const RASTER_FORMATS = new Set(['png', 'jpg', 'webp']);

export function mbtilesMapContent(id: string, info: MbtilesInfo): { source: SourceSpecification; layers: LayerSpecification[] } {
  const tiles = [tileUrlTemplate('mbtiles', id)];
  const zooms = { ...(info.minzoom !== null ? { minzoom: info.minzoom } : {}), ...(info.maxzoom !== null ? { maxzoom: info.maxzoom } : {}) };
  const extent = info.bounds ? { bounds: info.bounds } : {};
  if (info.format === 'pbf') return { source: { type: 'vector', tiles, ...zooms, ...extent }, layers: vectorDefaultLayers(id, readVectorLayers(info.json)) };
  return { source: { type: 'raster', tiles, tileSize: 256, ...zooms, ...extent }, layers: [{ id: `${id}-raster`, type: 'raster', source: id, paint: { 'raster-opacity': 1 } }] };
}

export async function openMbtilesBasemap(host: ByteRangeReader, file: HostFileRef, id: string): Promise<Opened> {
  if (file.size > MBTILES_MAX_BYTES)
    throw new BasemapError('mbtilesTooLarge', { name: file.name, sizeMb: Math.round(file.size / 1048576), limitMb: MBTILES_MAX_BYTES / 1048576 });
  const bytes = await readWholeFile(host, file.handle, file.size);
  let info: MbtilesInfo;
  try {
    info = await mbtilesWorker.open(id, bytes);
  } catch (error) {
    if (isRpcError(error, 'not-mbtiles')) throw new BasemapError('mbtilesNotMbtiles', { name: file.name });
    throw error;
  }
  const release = (): void => unregisterMbtilesBasemap(id);
  if (info.format !== 'pbf' && !RASTER_FORMATS.has(info.format)) {
    release();
    throw new BasemapError('mbtilesFormat', { name: file.name, format: info.format });
  }
  const content = mbtilesMapContent(id, info);
  if (content.layers.length === 0) {
    release();
    throw new BasemapError('vectorNoLayers', { name: file.name });
  }
  if (info.format === 'pbf') await loadLabelFont();
  registerMbtilesBasemap(id, info.format === 'pbf');
  return { id, name: file.name, kind: info.format === 'pbf' ? 'mbtiles-vector' : 'mbtiles-raster', content: { ...content, bounds: info.bounds }, release };
}

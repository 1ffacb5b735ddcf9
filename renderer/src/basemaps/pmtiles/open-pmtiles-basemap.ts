// Opens a PMTiles v3 archive through the Host (byte ranges only: the header, directories and the tiles in view)
// and describes it for MapLibre: a raster source with a raster layer, or a vector source with the default style.
import { PMTiles, TileType, type Header } from 'pmtiles';
import type { LayerSpecification } from 'maplibre-gl';
import type { HostFileRef } from '../../../../shared/host/host';
import type { BasemapEntry, BasemapMapContent } from '../basemap-entry';
import { BasemapError } from '../basemap-error';
import { HostRangeSource, type ByteRangeReader } from '../host-range-source';
import { tileUrlTemplate } from '../tile-url';
import { loadLabelFont } from '../../map/load-label-font';
import { readVectorLayers, vectorDefaultLayers } from '../vector-default-style';
import { registerPmtilesArchive, unregisterPmtilesArchive } from './pmtiles-protocol';

type Opened = Omit<BasemapEntry, 'visible' | 'opacity'>;

const RASTER_TYPES = new Set<number>([TileType.Png, TileType.Jpeg, TileType.Webp, TileType.Avif]);

function boundsOf(header: Header): [number, number, number, number] | null {
  const { minLon, minLat, maxLon, maxLat } = header;
  const valid = [minLon, minLat, maxLon, maxLat].every(Number.isFinite) && minLon < maxLon && minLat < maxLat;
  return valid ? [Math.max(-180, minLon), Math.max(-85.05, minLat), Math.min(180, maxLon), Math.min(85.05, maxLat)] : null;
}

/** The MapLibre source and layers for an archive, from its header and metadata (pure, for tests). */
export function pmtilesMapContent(id: string, header: Header, metadata: unknown): Omit<BasemapMapContent, 'image'> {
  const bounds = boundsOf(header);
  const tiles = [tileUrlTemplate('pmtiles', id)];
  const zooms = { minzoom: header.minZoom, maxzoom: header.maxZoom };
  const extent = bounds ? { bounds: [...bounds] as [number, number, number, number] } : {};
  if (header.tileType === TileType.Mvt) {
    return { source: { type: 'vector', tiles, ...zooms, ...extent }, layers: vectorDefaultLayers(id, readVectorLayers(metadata)), bounds };
  }
  const layer: LayerSpecification = { id: `${id}-raster`, type: 'raster', source: id, paint: { 'raster-opacity': 1 } };
  return { source: { type: 'raster', tiles, tileSize: 256, ...zooms, ...extent }, layers: [layer], bounds };
}

export async function openPmtilesBasemap(host: ByteRangeReader, file: HostFileRef, id: string): Promise<Opened> {
  const archive = new PMTiles(new HostRangeSource(host, file.handle, id));
  let header: Header;
  try {
    header = await archive.getHeader();
  } catch {
    throw new BasemapError('pmtilesUnreadable', { name: file.name });
  }
  if (header.specVersion !== 3) throw new BasemapError('pmtilesVersion', { name: file.name, version: header.specVersion });
  if (header.tileType !== TileType.Mvt && !RASTER_TYPES.has(header.tileType)) throw new BasemapError('pmtilesTileType', { name: file.name });
  const metadata = await archive.getMetadata().catch(() => ({}));
  const content = pmtilesMapContent(id, header, metadata);
  if (content.layers.length === 0) throw new BasemapError('vectorNoLayers', { name: file.name });
  if (header.tileType === TileType.Mvt) await loadLabelFont();
  registerPmtilesArchive(id, archive);
  return {
    id,
    name: file.name,
    kind: header.tileType === TileType.Mvt ? 'pmtiles-vector' : 'pmtiles-raster',
    content,
    release: () => unregisterPmtilesArchive(id),
  };
}

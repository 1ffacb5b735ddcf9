// 添加底图: the user picks a local PMTiles, MBTiles or GeoTIFF; Landlink reads its first bytes through the Host to
// tell which it is, opens it (by byte ranges where the format allows) and puts it under the project's layers.
import type { Host, HostFileRef } from '../../../shared/host/host';
import type { BasemapEntry } from './basemap-entry';
import { BasemapError } from './basemap-error';
import { basemapCommands, newBasemapId } from './basemap-store';
import { detectBasemapFormat, FORMAT_SNIFF_LENGTH } from './detect-basemap-format';
import { openPmtilesBasemap } from './pmtiles/open-pmtiles-basemap';

export const BASEMAP_FILE_FILTERS = [
  { name: 'PMTiles, MBTiles, GeoTIFF', extensions: ['pmtiles', 'mbtiles', 'tif', 'tiff'] },
  { name: 'PMTiles', extensions: ['pmtiles'] },
  { name: 'MBTiles', extensions: ['mbtiles'] },
  { name: 'GeoTIFF / COG', extensions: ['tif', 'tiff'] },
] as const;

type Opened = Omit<BasemapEntry, 'visible' | 'opacity'>;

export async function openBasemapFile(host: Host, file: HostFileRef, id: string): Promise<Opened> {
  if (file.size < FORMAT_SNIFF_LENGTH) throw new BasemapError('unknownFormat', { name: file.name });
  const head = await host.readByteRange(file.handle, 0, FORMAT_SNIFF_LENGTH);
  switch (detectBasemapFormat(head)) {
    case 'pmtiles':
      return openPmtilesBasemap(host, file, id);
    case 'mbtiles': {
      // Loaded on first use: sql.js and its worker are only needed by MBTiles users.
      const { openMbtilesBasemap } = await import('./mbtiles/open-mbtiles-basemap');
      return openMbtilesBasemap(host, file, id);
    }
    case 'tiff': {
      const { openGeotiffBasemap } = await import('./geotiff/open-geotiff-basemap');
      return openGeotiffBasemap(host, file, id);
    }
    default:
      throw new BasemapError('unknownFormat', { name: file.name });
  }
}

/** Asks for a file, opens it and adds it on top of the other basemaps. Null when the user cancelled. */
export async function addBasemapFromFile(host: Host): Promise<BasemapEntry | null> {
  const file = await host.pickLargeFile(BASEMAP_FILE_FILTERS);
  if (!file) return null;
  const opened = await openBasemapFile(host, file, newBasemapId());
  const entry: BasemapEntry = { ...opened, visible: true, opacity: 1 };
  basemapCommands.add(entry);
  basemapCommands.zoomTo(entry.id);
  return entry;
}

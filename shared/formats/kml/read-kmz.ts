// KMZ: a zip holding doc.kml (or another .kml at its root) and images. The zip is capped like shapefile zips.
import type { LongTaskOptions } from '../progress';
import { FormatReadError } from '../read-error';
import type { ReadLayer } from '../read-result';
import { unzipEntries } from '../shapefile/shapefile-files';
import { readKml } from './read-kml';

export function readKmz(bytes: Uint8Array, name = 'the .kmz file', options: LongTaskOptions & { encoding?: string } = {}): ReadLayer {
  if (bytes.byteLength === 0) throw new FormatReadError(`${name} is empty.`, `${name} 是空文件。`);
  const entries = unzipEntries(bytes, name);
  const kmlNames = [...entries.keys()].filter((n) => /\.kml$/i.test(n) && !n.includes('__MACOSX')).sort((a, b) => (a === 'doc.kml' ? -1 : b === 'doc.kml' ? 1 : a.split('/').length - b.split('/').length));
  if (kmlNames.length === 0) throw new FormatReadError(`${name} holds no .kml document; export it again as KMZ or KML.`, `${name} 中没有 .kml 文档；请重新导出为 KMZ 或 KML。`);
  const layer = readKml(entries.get(kmlNames[0]!)!, name, options);
  return { ...layer, name: name.replace(/\.[^.]+$/, '') };
}

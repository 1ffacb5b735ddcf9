// Groups a set of files (picked by the user, a folder, or a .zip's entries) into shapefile layers by base name.
import { unzipSync } from 'fflate';
import { FormatReadError } from '../read-error';

export interface ShapefileFiles {
  readonly name: string;
  readonly shp?: Uint8Array;
  readonly shx?: Uint8Array;
  readonly dbf?: Uint8Array;
  readonly prj?: Uint8Array;
  readonly cpg?: Uint8Array;
}

/** Refuse archives that would unpack to more than this: a zip bomb must not exhaust memory. */
export const MAX_UNZIPPED_BYTES = 2 ** 31;

const PARTS = ['shp', 'shx', 'dbf', 'prj', 'cpg'] as const;

/** Layers found among the files (names may include folders; only base names and extensions matter). */
export function groupShapefileFiles(files: ReadonlyMap<string, Uint8Array>): ShapefileFiles[] {
  const layers = new Map<string, Record<string, Uint8Array | string>>();
  for (const [path, bytes] of files) {
    const match = /([^/\\]+)\.([A-Za-z]+)$/.exec(path);
    if (!match || path.includes('__MACOSX')) continue;
    const extension = match[2]!.toLowerCase();
    if (!(PARTS as readonly string[]).includes(extension)) continue;
    const key = path.slice(0, path.length - extension.length - 1).toLowerCase();
    const layer = layers.get(key) ?? { name: match[1]! };
    layer[extension] = bytes;
    layers.set(key, layer);
  }
  return [...layers.values()].filter((l) => l['shp'] || l['dbf']) as unknown as ShapefileFiles[];
}

/** Entries of a .zip, refusing archives that claim to unpack beyond `maxBytes`. */
export function unzipEntries(zip: Uint8Array, name = 'the .zip file', maxBytes = MAX_UNZIPPED_BYTES): Map<string, Uint8Array> {
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip, {
      filter: (file) => {
        total += file.originalSize;
        if (total > maxBytes) throw new FormatReadError(`${name} would unpack to more than ${Math.round(maxBytes / 2 ** 20)} MiB; it is too large or a zip bomb.`, `${name} 解压后超过 ${Math.round(maxBytes / 2 ** 20)} MiB，文件过大或为恶意压缩包。`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof FormatReadError) throw error;
    throw new FormatReadError(`${name} is not a readable .zip archive (${error instanceof Error ? error.message : String(error)}); copy it again or unpack it and pick the .shp.`, `${name} 不是可读取的 .zip 压缩包；请重新拷贝，或解压后选择 .shp。`);
  }
  return new Map(Object.entries(entries));
}

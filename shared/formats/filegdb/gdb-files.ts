// The files of one File Geodatabase: the entries under a `*.gdb/` folder, picked as a folder (names such as
// `DLTB.gdb/a00000009.gdbtable`) or inside a .zip, as 三调 deliveries usually travel.
import { FormatReadError } from '../read-error';
import { unzipEntries } from '../shapefile/shapefile-files';

const IN_GDB = /^(?:.*[/\\])?([^/\\]+\.gdb)[/\\]([^/\\]+)$/i;

/** Whether the picked files are (or a zip holds) a File Geodatabase. */
export function looksLikeFileGdb(names: readonly string[]): boolean {
  return names.some((n) => IN_GDB.test(n) && /\.gdbtable$/i.test(n));
}

export function gdbFiles(files: ReadonlyMap<string, Uint8Array>, name: string): { folder: string; files: Map<string, Uint8Array> } {
  let entries: ReadonlyMap<string, Uint8Array> = files;
  const zip = [...files.keys()].find((n) => /\.zip$/i.test(n));
  if (zip && !looksLikeFileGdb([...files.keys()])) entries = unzipEntries(files.get(zip)!, zip);
  const out = new Map<string, Uint8Array>();
  let folder: string | undefined;
  for (const [path, bytes] of entries) {
    const match = IN_GDB.exec(path);
    if (!match) continue;
    folder ??= match[1]!;
    if (match[1] === folder) out.set(match[2]!, bytes);
  }
  if (!folder || ![...out.keys()].some((n) => /\.gdbtable$/i.test(n)))
    throw new FormatReadError(`${name} holds no File Geodatabase (a folder ending in .gdb with .gdbtable files); pick the .gdb folder itself or a .zip that holds it.`, `${name} 中没有 File Geodatabase（以 .gdb 结尾、含 .gdbtable 文件的文件夹）；请选择 .gdb 文件夹本身或包含它的 .zip。`);
  return { folder, files: out };
}

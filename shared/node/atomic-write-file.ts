// Saves a file so that a crash, a power cut or `kill -9` at any moment leaves either the old or the new version
// under its name, never a mixture or nothing: the bytes go to a temp file beside the target, are fsynced, the
// previous version is kept as `<path>.bak` (a hard link, so the target never stops existing), the temp file is
// renamed over the target in one step, and the folder is fsynced so the rename itself survives a power cut.
import { closeSync, copyFileSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync, existsSync } from 'node:fs';
import path from 'node:path';

export interface AtomicWriteResult {
  readonly path: string;
  /** Where the previous version was kept, when there was one. */
  readonly backup?: string;
}

export function atomicWriteFile(target: string, bytes: Uint8Array, options: { keepBackup?: boolean } = {}): AtomicWriteResult {
  const absolute = path.resolve(target);
  const folder = path.dirname(absolute);
  const temp = path.join(folder, `.${path.basename(absolute)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    let backup: string | undefined;
    if (options.keepBackup !== false && existsSync(absolute)) {
      backup = `${absolute}.bak`;
      keepPreviousVersion(absolute, backup);
    }
    renameSync(temp, absolute);
    fsyncFolder(folder);
    return backup ? { path: absolute, backup } : { path: absolute };
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // the temp file was never created, or was already renamed
    }
    throw error;
  }
}

/**
 * `<path>.bak` becomes the current version, itself replaced atomically (link or copy to a temp name, then rename),
 * so a crash here leaves the previous backup rather than none: a hard link where the file system has them, else a
 * synced copy.
 */
function keepPreviousVersion(current: string, backup: string): void {
  const temp = `${backup}.${process.pid}.tmp`;
  try {
    unlinkSync(temp);
  } catch {
    // no leftover from an earlier crash
  }
  try {
    linkSync(current, temp);
  } catch {
    // FAT/exFAT USB drives and some network shares have no hard links.
    copyFileSync(current, temp);
    const fd = openSync(temp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }
  renameSync(temp, backup);
}

function fsyncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open or fsync a folder; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

// Saves a file so that a crash, a power cut or `kill -9` at any moment leaves either the old or the new version
// under its name, never a mixture or nothing: the bytes go to a temp file beside the target, are fsynced, the
// previous version is kept as `<path>.bak` (a hard link, so the target never stops existing), the temp file is
// renamed over the target in one step, and the folder is fsynced so the rename itself survives a power cut.
// The save keeps what the user set on the file: a symlink stays a link (its target is written), and the new file
// gets the old one's mode and, where this process may set it, its owner. Temp files carry a name that
// `findStraySaveFiles` recognises, so one left by a crash is found and removed at the next open.
import { closeSync, copyFileSync, fchmodSync, fchownSync, fsyncSync, linkSync, openSync, readlinkSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, lstatSync, type Stats } from 'node:fs';
import path from 'node:path';
import { saveTempName } from './save-temp-name';

export interface AtomicWriteResult {
  readonly path: string;
  /** Where the previous version was kept, when there was one. */
  readonly backup?: string;
}

export interface AtomicWriteOptions {
  readonly keepBackup?: boolean;
  /** Runs after the new bytes are safely on disk and just before they replace the target; throw to abort the save. */
  readonly beforeRename?: () => void;
}

export function atomicWriteFile(target: string, bytes: Uint8Array, options: AtomicWriteOptions = {}): AtomicWriteResult {
  const absolute = writeTargetOf(target);
  const folder = path.dirname(absolute);
  const temp = path.join(folder, saveTempName(path.basename(absolute)));
  const previous = statOrNull(absolute);
  try {
    const fd = openSync(temp, 'wx', 0o600);
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      keepOwnerAndMode(fd, previous);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    options.beforeRename?.();
    let backup: string | undefined;
    if (options.keepBackup !== false && previous) {
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

/** The file a save to `target` must replace: the end of its symlink chain (even a dangling one), else itself. */
export function writeTargetOf(target: string): string {
  let current = path.resolve(target);
  for (let hops = 0; hops < 40; hops++) {
    let link: Stats;
    try {
      link = lstatSync(current);
    } catch {
      return current;
    }
    if (!link.isSymbolicLink()) return current;
    try {
      return realpathSync(current);
    } catch {
      current = path.resolve(path.dirname(current), readlinkSync(current));
    }
  }
  return current;
}

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

/** A new file gets the usual 644 less the umask; a replaced one keeps its mode (600 for household names) and owner. */
function keepOwnerAndMode(fd: number, previous: Stats | null): void {
  if (!previous) {
    const umask = process.umask();
    fchmodSync(fd, 0o644 & ~umask);
    return;
  }
  fchmodSync(fd, previous.mode & 0o7777);
  if (typeof process.getuid === 'function' && (previous.uid !== process.getuid() || previous.gid !== process.getgid?.())) {
    try {
      fchownSync(fd, previous.uid, previous.gid);
    } catch {
      // Only root may give a file away; the mode is still kept.
    }
  }
}

/**
 * `<path>.bak` becomes the current version, itself replaced atomically (link or copy to a temp name, then rename),
 * so a crash here leaves the previous backup rather than none: a hard link where the file system has them, else a
 * synced copy.
 */
function keepPreviousVersion(current: string, backup: string): void {
  const temp = path.join(path.dirname(backup), saveTempName(path.basename(backup)));
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

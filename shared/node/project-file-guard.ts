// Owning a project file while Landlink has it open, for the CLI and the app's main process alike: before reading,
// what other programs left beside it (a WAL log to replay, a hot rollback journal, a process holding SQLite locks,
// crashed saves' temp files) is dealt with or refused with a sentence; while writing, the advisory lock beside the
// project is held and the file's identity (device, inode, size, mtime) is checked again just before the new
// version is renamed over it, so a change made by anyone else in the meantime is never overwritten.
import { existsSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { atomicWriteFile, writeTargetOf, type AtomicWriteResult } from './atomic-write-file';
import { processesLocking } from './file-holders';
import { describeOwner, holdsLock, lockProject, tryLockProject } from './project-lock';
import { readFileBytes } from './read-file-bytes';
import { replayWal } from './sqlite-wal';
import { removeStraySaveFiles } from './stray-save-files';

export class ProjectFileBusyError extends Error {
  override readonly name = 'ProjectFileBusyError';
}

export interface FileIdentity {
  readonly dev: number;
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
}

export interface ReadProjectResult {
  /** The file actually read (a symlink's target). */
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly identity: FileIdentity;
  /** True when this process now holds the project's lock. */
  readonly locked: boolean;
  /** Sentences for the user about what was found and repaired beside the file. */
  readonly notices: string[];
}

export interface GuardOptions {
  /** Shown in the lock file, so whoever finds it knows who holds it ("landlink import"). */
  readonly program: string;
  /** How long to wait for another writer to finish before reading without the lock. */
  readonly lockWaitMs?: number;
}

export function identityOf(file: string): FileIdentity {
  const stat = statSync(file);
  return { dev: stat.dev, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs };
}

function sameIdentity(a: FileIdentity, b: FileIdentity): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

export async function readProjectGuarded(target: string, options: GuardOptions): Promise<ReadProjectResult> {
  const file = writeTargetOf(target);
  const name = path.basename(file);
  const notices: string[] = [];
  if (!existsSync(file)) readFileBytes(target); // the usual sentence for a missing or unreadable path
  const lock = await lockProject(file, options.program, options.lockWaitMs ?? 20_000);

  const removed = removeStraySaveFiles(file);
  if (removed.length > 0) notices.push(`removed ${removed.length} unfinished save file${removed.length > 1 ? 's' : ''} left beside “${name}” by an interrupted save (${removed.join(', ')}); the project itself is intact`);

  const wal = `${file}-wal`;
  const shm = `${file}-shm`;
  const journal = `${file}-journal`;
  const holders = processesLocking([file, wal, shm]);
  if (holders.length > 0) {
    throw new ProjectFileBusyError(`“${name}” is open in another program (process ${holders.join(', ')}) that holds SQLite locks on it; close the project there (in QGIS remove its layers or close QGIS) and run the command again; nothing was read or written`);
  }
  if (existsSync(journal) && statSync(journal).size > 0) {
    throw new ProjectFileBusyError(`“${name}” has an unfinished change from another program (the rollback journal “${name}-journal” beside it); let SQLite roll it back by running: sqlite3 "${file}" "PRAGMA integrity_check;" and then run the command again; nothing was read or written`);
  }

  let bytes = readFileBytes(file);
  if (existsSync(wal)) {
    const replay = replayWal(bytes, readFileBytes(wal));
    if (lock.acquired) {
      // A checkpoint, as SQLite makes when its last connection closes: the log's committed pages go into the file,
      // then the log goes. Replaying it again after a crash in between writes the same pages, so nothing is lost.
      if (replay.frames > 0) {
        atomicWriteFile(file, replay.bytes, { keepBackup: true });
        notices.push(`applied ${replay.frames} committed page${replay.frames > 1 ? 's' : ''} that another program had left in “${name}-wal” to the project (a checkpoint), so Landlink reads and saves its latest version`);
      }
      removeIfExists(wal);
      removeIfExists(shm);
    }
    bytes = replay.bytes;
  } else if (existsSync(shm) && lock.acquired) {
    removeIfExists(shm);
  }
  return { file, bytes, identity: identityOf(file), locked: lock.acquired, notices };
}

export interface SaveGuardOptions extends GuardOptions {
  /** The identity the file had when it was read; a save over a file changed since is refused. */
  readonly expected?: FileIdentity;
  readonly keepBackup?: boolean;
}

export interface GuardedSave extends AtomicWriteResult {
  readonly identity: FileIdentity;
}

export function saveProjectGuarded(target: string, bytes: Uint8Array, options: SaveGuardOptions): GuardedSave {
  const file = writeTargetOf(target);
  const name = path.basename(file);
  if (!holdsLock(file)) {
    const attempt = tryLockProject(file, options.program);
    if (!attempt.acquired) {
      throw new ProjectFileBusyError(`“${name}” is being changed by ${describeOwner(attempt.owner)}, so this change was not saved; wait for it to finish and run the command again (if no such program is running, delete “${path.basename(attempt.lockFile)}”)`);
    }
  }
  const result = atomicWriteFile(file, bytes, {
    keepBackup: options.keepBackup ?? true,
    beforeRename: () => {
      if (options.expected && existsSync(file) && !sameIdentity(identityOf(file), options.expected)) {
        throw new ProjectFileBusyError(`“${name}” was changed by another program after Landlink read it, so this change was not saved (it would have undone that one); run the command again to apply it to the new version`);
      }
      if (options.expected && !existsSync(file)) {
        throw new ProjectFileBusyError(`“${name}” was moved or deleted by another program after Landlink read it, so this change was not saved; check where the project is and run the command again`);
      }
      const holders = processesLocking([file, `${file}-wal`, `${file}-shm`]);
      if (holders.length > 0 || existsSync(`${file}-wal`)) {
        throw new ProjectFileBusyError(`“${name}” was opened by another program (${holders.length > 0 ? `process ${holders.join(', ')}` : `it left “${name}-wal”`}) while Landlink worked on it, so this change was not saved; close it there and run the command again`);
      }
    },
  });
  return { ...result, identity: identityOf(file) };
}

function removeIfExists(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // not there
  }
}

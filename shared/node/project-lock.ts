// The advisory lock beside a project (`county.gpkg.lock`): a small JSON file naming the process that is changing
// the project (pid, host, program, since). Landlink's CLI holds it from opening a project to saving it and the app
// while it saves, so two writers never both read the old version and both save. A lock whose process is gone (same
// host, pid not running) or that is older than a day (another host, whose processes cannot be checked) is stale and
// taken over.
import { closeSync, linkSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { saveTempName } from './save-temp-name';

export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly program: string;
  readonly since: string;
}

export type LockAttempt = { acquired: true; lockFile: string } | { acquired: false; lockFile: string; owner: LockOwner | null };

const OTHER_HOST_STALE_MS = 24 * 3600 * 1000;
const UNREADABLE_STALE_MS = 60 * 1000;

/** Lock files this process holds, removed when it exits however it exits normally. */
const held = new Set<string>();
let exitHookInstalled = false;

export function lockFileOf(project: string): string {
  return `${path.resolve(project)}.lock`;
}

export function tryLockProject(project: string, program: string): LockAttempt {
  const lockFile = lockFileOf(project);
  if (held.has(lockFile)) return { acquired: true, lockFile };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (createLockFile(lockFile, { pid: process.pid, host: hostname(), program, since: new Date().toISOString() })) {
      held.add(lockFile);
      installExitHook();
      return { acquired: true, lockFile };
    }
    const owner = readOwner(lockFile);
    if (!isStale(lockFile, owner)) return { acquired: false, lockFile, owner };
    try {
      unlinkSync(lockFile);
    } catch {
      // another process took the stale lock over first; try again
    }
  }
  return { acquired: false, lockFile, owner: readOwner(lockFile) };
}

/** Waits up to `waitMs` for the lock, polling; returns the last attempt. */
export async function lockProject(project: string, program: string, waitMs: number): Promise<LockAttempt> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const attempt = tryLockProject(project, program);
    if (attempt.acquired || Date.now() >= deadline) return attempt;
    await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
  }
}

export function holdsLock(project: string): boolean {
  return held.has(lockFileOf(project));
}

export function unlockProject(project: string): void {
  release(lockFileOf(project));
}

export function unlockAllProjects(): void {
  for (const lockFile of [...held]) release(lockFile);
}

export function describeOwner(owner: LockOwner | null): string {
  if (!owner) return 'another program';
  const program = owner.program || 'another program';
  return `${program} (process ${owner.pid} on ${owner.host}, since ${owner.since})`;
}

function release(lockFile: string): void {
  if (!held.delete(lockFile)) return;
  // Only remove the lock if it is still ours (a stale-lock takeover by another process must not be undone).
  const owner = readOwner(lockFile);
  if (owner && owner.pid === process.pid && owner.host === hostname()) {
    try {
      unlinkSync(lockFile);
    } catch {
      // already gone
    }
  }
}

/**
 * Writes the owner to a temp file and hard-links it to the lock's name, which fails if a lock exists: the lock
 * appears whole or not at all, so a process killed while taking it never leaves an empty, unreadable lock.
 */
function createLockFile(lockFile: string, owner: LockOwner): boolean {
  const temp = path.join(path.dirname(lockFile), saveTempName(path.basename(lockFile)));
  const fd = openSync(temp, 'wx', 0o644);
  try {
    writeSync(fd, JSON.stringify(owner));
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, lockFile);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    // No hard links (FAT, some shares): exclusive create, with the brief empty moment that implies.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM' && (error as NodeJS.ErrnoException).code !== 'ENOTSUP') throw error;
    try {
      const lock = openSync(lockFile, 'wx', 0o644);
      try {
        writeSync(lock, JSON.stringify(owner));
      } finally {
        closeSync(lock);
      }
      return true;
    } catch (inner) {
      if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw inner;
    }
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
}

function readOwner(lockFile: string): LockOwner | null {
  try {
    const value = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<LockOwner>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return null;
    return { pid: value.pid, host: value.host, program: String(value.program ?? ''), since: String(value.since ?? '') };
  } catch {
    return null;
  }
}

function isStale(lockFile: string, owner: LockOwner | null): boolean {
  let age: number;
  try {
    age = Date.now() - statSync(lockFile).mtimeMs;
  } catch {
    return true;
  }
  // A lock being written this instant is unreadable for a moment: only an old unreadable one is stale.
  if (!owner) return age > UNREADABLE_STALE_MS;
  if (owner.host !== hostname()) return age > OTHER_HOST_STALE_MS;
  if (owner.pid === process.pid) return !held.has(lockFile);
  return !isRunning(owner.pid);
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', unlockAllProjects);
}

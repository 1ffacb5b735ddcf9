// The advisory lock beside a project (`county.gpkg.lock`): a small JSON file naming the process that is changing
// the project (pid, host, program, since). Landlink's CLI holds it from opening a project to saving it and the app
// while it saves, so two writers never both read the old version and both save. A lock whose process is gone (same
// host, pid not running) or that is older than a day (another host, whose processes cannot be checked) is stale and
// taken over.
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

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
    try {
      const fd = openSync(lockFile, 'wx', 0o644);
      try {
        const owner: LockOwner = { pid: process.pid, host: hostname(), program, since: new Date().toISOString() };
        writeSync(fd, JSON.stringify(owner));
      } finally {
        closeSync(fd);
      }
      held.add(lockFile);
      installExitHook();
      return { acquired: true, lockFile };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
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

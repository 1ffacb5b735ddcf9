// Which other processes hold an SQLite lock on a file, read from Linux's /proc/locks (SQLite takes POSIX advisory
// locks on the database and on its -shm while a connection reads or writes, and keeps one on -shm for as long as a
// WAL-mode connection is open). Elsewhere the table does not exist and the answer is "none known".
import { readFileSync, statSync } from 'node:fs';

export function processesLocking(files: readonly string[]): number[] {
  let table: string;
  try {
    table = readFileSync('/proc/locks', 'utf8');
  } catch {
    return [];
  }
  const wanted = new Set<string>();
  for (const file of files) {
    try {
      const stat = statSync(file);
      wanted.add(`${deviceMajor(stat.dev).toString(16)}:${deviceMinor(stat.dev).toString(16)}:${stat.ino}`);
    } catch {
      // a side file that does not exist holds no lock
    }
  }
  const pids = new Set<number>();
  for (const line of table.split('\n')) {
    // "1: POSIX  ADVISORY  READ 13807 fe:00:2149531 128 128" (a "->" marks a waiter)
    const match = /^\d+:\s+(?:->\s+)?POSIX\s+\S+\s+\S+\s+(\d+)\s+([0-9a-f]+):([0-9a-f]+):(\d+)\s/.exec(line);
    if (!match) continue;
    const key = `${parseInt(match[2]!, 16).toString(16)}:${parseInt(match[3]!, 16).toString(16)}:${match[4]}`;
    const pid = Number(match[1]);
    if (wanted.has(key) && pid !== process.pid) pids.add(pid);
  }
  return [...pids];
}

// Linux's dev_t layout (glibc's gnu_dev_major/minor).
function deviceMajor(dev: number): number {
  const big = BigInt(dev);
  return Number(((big >> 8n) & 0xfffn) | ((big >> 32n) & ~0xfffn));
}

function deviceMinor(dev: number): number {
  const big = BigInt(dev);
  return Number((big & 0xffn) | ((big >> 12n) & ~0xffn));
}

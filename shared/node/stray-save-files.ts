// Finds and removes what a save killed half-way left beside a project: Landlink's own temp files for the project,
// its .bak and its lock, whose process is no longer running. Each is a full-size copy the user never asked for.
import { readdirSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { isRunning } from './project-lock';
import { parseSaveTempName } from './save-temp-name';

const DAY_MS = 24 * 3600 * 1000;

export function removeStraySaveFiles(project: string): string[] {
  const folder = path.dirname(project);
  const name = path.basename(project);
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of entries) {
    const parsed = parseSaveTempName(entry);
    if (!parsed || ![name, `${name}.bak`, `${name}.lock`].includes(parsed.fileName)) continue;
    const full = path.join(folder, entry);
    try {
      // A live process with that pid may be saving right now; a day-old temp file is left over whatever the pid says.
      if (parsed.pid === process.pid || (isRunning(parsed.pid) && Date.now() - statSync(full).mtimeMs < DAY_MS)) continue;
      unlinkSync(full);
      removed.push(entry);
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed;
}

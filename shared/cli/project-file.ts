// Opening and saving project files for the commands: read through the file guard (lock, WAL, side files), open
// through the project core, save atomically under the lock after checking nobody changed the file meanwhile.
import type { Database } from 'sql.js';
import path from 'node:path';
import { writeTargetOf } from '../node/atomic-write-file';
import { FileReadError } from '../node/read-file-bytes';
import { loadSqlJs } from '../node/load-sql-js';
import { ProjectFileBusyError, readProjectGuarded, saveProjectGuarded, type FileIdentity } from '../node/project-file-guard';
import { exportProject } from '../project/export-project';
import { openProject, type OpenedProject } from '../project/open-project';
import { ProjectOpenError } from '../project/project-open-error';
import { CliError } from './cli-error';

/** What each open database was read from, so its save can check the file is still that version. */
const readFrom = new WeakMap<Database, { file: string; identity: FileIdentity }>();

function program(): string {
  return `landlink ${process.argv[2] ?? ''}`.trim();
}

function lockWaitMs(): number {
  const fromEnv = Number(process.env.LANDLINK_LOCK_WAIT_MS);
  return Number.isFinite(fromEnv) && fromEnv >= 0 ? fromEnv : 20_000;
}

export async function openProjectFile(file: string): Promise<OpenedProject> {
  let read;
  try {
    read = await readProjectGuarded(file, { program: program(), lockWaitMs: lockWaitMs() });
  } catch (error) {
    if (error instanceof FileReadError || error instanceof ProjectFileBusyError) throw new CliError(error.message);
    throw error;
  }
  for (const notice of read.notices) process.stderr.write(`landlink: ${notice}.\n`);
  const SQL = await loadSqlJs();
  try {
    const opened = openProject(SQL, read.bytes, { fileName: path.basename(file) });
    readFrom.set(opened.db, { file: read.file, identity: read.identity });
    return opened;
  } catch (error) {
    if (error instanceof ProjectOpenError) throw new CliError(error.message);
    throw error;
  }
}

export function saveProjectFile(db: Database, file: string): { backup?: string } {
  const origin = readFrom.get(db);
  const bytes = exportProject(db);
  try {
    const saved = saveProjectGuarded(file, bytes, { program: program(), ...(origin && origin.file === writeTargetOf(file) ? { expected: origin.identity } : {}) });
    if (origin) readFrom.set(db, { file: origin.file, identity: saved.identity });
    return saved.backup ? { backup: saved.backup } : {};
  } catch (error) {
    if (error instanceof ProjectFileBusyError) throw new CliError(error.message);
    throw error;
  }
}

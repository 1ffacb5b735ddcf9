// Opening and saving project files for the commands: read through the file guard (lock, WAL, side files), open
// through the project core, save atomically under the lock after checking nobody changed the file meanwhile.
import type { Database } from 'sql.js';
import path from 'node:path';
import { writeTargetOf } from '../node/atomic-write-file';
import { FileReadError } from '../node/read-file-bytes';
import { loadSqlJs } from '../node/load-sql-js';
import { ProjectFileBusyError, readProjectGuarded, saveProjectGuarded, type FileIdentity } from '../node/project-file-guard';
import { removalSql, type ForeignSchemaObject } from '../gpkg/foreign-triggers';
import { exportProject } from '../project/export-project';
import { openProject, type OpenedProject } from '../project/open-project';
import { ProjectOpenError } from '../project/project-open-error';
import { CliError } from './cli-error';

/** What each open database was read from, so its save can check the file is still that version. */
const readFrom = new WeakMap<Database, { file: string; identity: FileIdentity }>();
/** Triggers and views found in each open project that Landlink did not make; their project is read-only. */
const foreignIn = new WeakMap<Database, { file: string; objects: ForeignSchemaObject[] }>();

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
    if (opened.foreignObjects.length > 0) {
      foreignIn.set(opened.db, { file: read.file, objects: opened.foreignObjects });
      process.stderr.write(`landlink: ${describeForeign(path.basename(file), opened.foreignObjects)}; they were not run, and Landlink will not change this project until they are removed.\n`);
    }
    return opened;
  } catch (error) {
    if (error instanceof ProjectOpenError) throw new CliError(error.message);
    throw error;
  }
}

function describeForeign(name: string, objects: readonly ForeignSchemaObject[]): string {
  const list = objects.map((object) => `${object.type} “${object.name}”${object.type === 'trigger' ? ` on ${object.table}` : ''}`).join(', ');
  return `“${name}” holds ${objects.length} trigger${objects.length === 1 ? '' : 's'} or view${objects.length === 1 ? '' : 's'} that Landlink and the GeoPackage standard did not create (${list})`;
}

export function saveProjectFile(db: Database, file: string): { backup?: string } {
  const foreign = foreignIn.get(db);
  if (foreign) {
    // Saving would drop them silently, or (worse) keep code that rewrites the ledger on the next write elsewhere.
    throw new CliError(`${describeForeign(path.basename(file), foreign.objects)}, so nothing was written; if you did not add them on purpose, remove them with: sqlite3 "${foreign.file}" "${removalSql(foreign.objects).replace(/"/g, '\\"')}" and run the command again`);
  }
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

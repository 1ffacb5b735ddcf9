// Opening and saving project files for the commands: read, open through the project core, save atomically.
import type { Database } from 'sql.js';
import path from 'node:path';
import { atomicWriteFile } from '../node/atomic-write-file';
import { FileReadError, readFileBytes } from '../node/read-file-bytes';
import { loadSqlJs } from '../node/load-sql-js';
import { exportProject } from '../project/export-project';
import { openProject, type OpenedProject } from '../project/open-project';
import { ProjectOpenError } from '../project/project-open-error';
import { CliError } from './cli-error';

export async function openProjectFile(file: string): Promise<OpenedProject> {
  let bytes: Uint8Array;
  try {
    bytes = readFileBytes(file);
  } catch (error) {
    if (error instanceof FileReadError) throw new CliError(error.message);
    throw error;
  }
  const SQL = await loadSqlJs();
  try {
    return openProject(SQL, bytes, { fileName: path.basename(file) });
  } catch (error) {
    if (error instanceof ProjectOpenError) throw new CliError(error.message);
    throw error;
  }
}

export function saveProjectFile(db: Database, file: string): { backup?: string } {
  return atomicWriteFile(file, exportProject(db));
}

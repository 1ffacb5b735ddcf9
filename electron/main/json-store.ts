// A small JSON file in the user-data folder (recent files, window state), written atomically.
import { readFileSync } from 'node:fs';
import { atomicWriteFile } from '../../shared/node/atomic-write-file';

export function readJson<T>(filePath: string, fallback: T): T {
  try {
    return JSON.parse(readFileSync(filePath, 'utf8')) as T;
  } catch {
    return fallback;
  }
}

export async function writeJson(filePath: string, value: unknown): Promise<void> {
  atomicWriteFile(filePath, new TextEncoder().encode(JSON.stringify(value, null, 2)), { keepBackup: false });
}

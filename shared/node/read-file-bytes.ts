// Reads a whole file for the CLI and the main process, turning the usual failures into sentences people can act on.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export class FileReadError extends Error {
  override readonly name = 'FileReadError';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

export function readFileBytes(file: string): Uint8Array {
  const name = path.basename(file);
  try {
    if (statSync(file).isDirectory()) throw new FileReadError(file, `“${file}” is a folder, not a file; give the path of the file itself`);
    const buffer = readFileSync(file);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileReadError(file, `“${file}” does not exist; check the path and the spelling of ${name}`);
    if (code === 'EACCES' || code === 'EPERM') throw new FileReadError(file, `“${file}” cannot be read (permission denied); check its permissions or copy it somewhere readable`);
    throw new FileReadError(file, `“${file}” cannot be read (${code ?? (error as Error).message})`);
  }
}

// Argument checks for every IPC call, before the main process touches a file. The renderer is treated as untrusted:
// a compromised page must not be able to read or write outside what the user chose in a dialog.
import path from 'node:path';
import { MAX_IPC_BYTES, MAX_RANGE_BYTES } from '../../shared/ipc/channels';

export class IpcArgumentError extends Error {
  override readonly name = 'IpcArgumentError';
}

export function requireString(value: unknown, what: string, maxLength = 4096): string {
  if (typeof value !== 'string' || value.length === 0) throw new IpcArgumentError(`${what} must be a non-empty string.`);
  if (value.length > maxLength) throw new IpcArgumentError(`${what} is longer than ${maxLength} characters.`);
  if (value.includes('\0')) throw new IpcArgumentError(`${what} contains a NUL character.`);
  return value;
}

export function requireBytes(value: unknown, what: string, maxBytes = MAX_IPC_BYTES): Uint8Array {
  if (!(value instanceof Uint8Array)) throw new IpcArgumentError(`${what} must be a Uint8Array.`);
  if (value.byteLength > maxBytes) throw new IpcArgumentError(`${what} is ${value.byteLength} bytes; the limit is ${maxBytes}.`);
  return value;
}

export function requireBoolean(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') throw new IpcArgumentError(`${what} must be true or false.`);
  return value;
}

export function requireInteger(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new IpcArgumentError(`${what} must be an integer from ${min} to ${max}.`);
  }
  return value;
}

/** Reads a byte range request: offset ≥ 0, 0 < length ≤ 64 MiB. */
export function requireRange(offset: unknown, length: unknown): { offset: number; length: number } {
  return {
    offset: requireInteger(offset, 'offset', 0, Number.MAX_SAFE_INTEGER),
    length: requireInteger(length, 'length', 1, MAX_RANGE_BYTES),
  };
}

/** A file name proposed to a save dialog: no folders, no traversal, at most 255 characters. */
export function requireFileName(value: unknown, what: string): string {
  const name = requireString(value, what, 255);
  if (name !== path.basename(name) || name === '.' || name === '..' || /[/\\]/.test(name)) {
    throw new IpcArgumentError(`${what} must be a plain file name without folders.`);
  }
  return name;
}

/** An absolute path the renderer refers to; it must also be one the user granted (see PathGrants). */
export function requireAbsolutePath(value: unknown, what: string): string {
  const text = requireString(value, what);
  if (!path.isAbsolute(text)) throw new IpcArgumentError(`${what} must be an absolute path.`);
  return path.normalize(text);
}

export function requireFileFilters(value: unknown): { name: string; extensions: string[] }[] {
  if (!Array.isArray(value) || value.length > 20) throw new IpcArgumentError('filters must be a list of at most 20 entries.');
  return value.map((entry, index) => {
    if (typeof entry !== 'object' || entry === null) throw new IpcArgumentError(`filters[${index}] must be an object.`);
    const { name, extensions } = entry as { name?: unknown; extensions?: unknown };
    if (!Array.isArray(extensions) || extensions.length > 20) throw new IpcArgumentError(`filters[${index}].extensions must be a list.`);
    return {
      name: requireString(name, `filters[${index}].name`, 100),
      extensions: extensions.map((ext, i) => {
        const text = requireString(ext, `filters[${index}].extensions[${i}]`, 16);
        if (!/^[A-Za-z0-9*]+$/.test(text)) throw new IpcArgumentError(`filters[${index}].extensions[${i}] must be letters or digits.`);
        return text;
      }),
    };
  });
}

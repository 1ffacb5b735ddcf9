// Paths the renderer may name in later calls. A path is granted only when the user picked it in a native dialog,
// opened it from the OS, or it is in the recent-files list; the renderer cannot invent one.
import path from 'node:path';
import { IpcArgumentError } from './ipc-validate';

export type GrantMode = 'read' | 'write';

export class PathGrants {
  private readonly granted = new Set<string>();
  /** Paths the user chose as something Landlink saves to (a project); a basemap picked for viewing is not one. */
  private readonly writable = new Set<string>();

  grant(filePath: string, mode: GrantMode = 'read'): void {
    this.granted.add(path.normalize(filePath));
    if (mode === 'write') this.writable.add(path.normalize(filePath));
  }

  /** Throws unless the user granted this path for writing. */
  requireWritable(filePath: string, what: string): string {
    const normal = this.require(filePath, what);
    if (!this.writable.has(normal)) throw new IpcArgumentError(`${what} was opened for viewing only; Landlink does not write to it. Save the project with File → Save As instead.`);
    return normal;
  }

  revoke(filePath: string): void {
    this.granted.delete(path.normalize(filePath));
    this.writable.delete(path.normalize(filePath));
  }

  has(filePath: string): boolean {
    return this.granted.has(path.normalize(filePath));
  }

  /** Throws unless the user granted this path. */
  require(filePath: string, what: string): string {
    const normal = path.normalize(filePath);
    if (!this.granted.has(normal)) throw new IpcArgumentError(`${what} was not chosen by the user in this session; open it from the File menu.`);
    return normal;
  }
}

// The Open Recent list, kept in the user-data folder. Only files that still exist are offered.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { RecentFile } from '../../shared/host/host';
import { readJson, writeJson } from './json-store';

const MAX_RECENT = 10;

export class RecentFiles {
  constructor(private readonly storePath: string) {}

  list(): RecentFile[] {
    return readJson<RecentFile[]>(this.storePath, []).filter((entry) => typeof entry?.handle === 'string' && existsSync(entry.handle));
  }

  async add(filePath: string): Promise<void> {
    const entry: RecentFile = { handle: filePath, name: path.basename(filePath), openedAt: new Date().toISOString() };
    await writeJson(this.storePath, [entry, ...this.list().filter((r) => r.handle !== filePath)].slice(0, MAX_RECENT));
  }

  async remove(filePath: string): Promise<void> {
    await writeJson(this.storePath, this.list().filter((r) => r.handle !== filePath));
  }
}

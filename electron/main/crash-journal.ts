// The autosave journal: the last unsaved state of the open project, written atomically every 30 s by the renderer.
// If Landlink crashes, the next start finds it and offers to recover.
import { readFileSync, rmSync } from 'node:fs';
import type { JournalMeta } from '../../shared/host/host';
import { atomicWriteFile } from '../../shared/node/atomic-write-file';
import { readJson, writeJson } from './json-store';

export class CrashJournal {
  constructor(
    private readonly bytesPath: string,
    private readonly metaPath: string,
  ) {}

  async write(bytes: Uint8Array, meta: JournalMeta): Promise<void> {
    // Bytes first, meta second: a journal is only offered when its meta exists, so a crash between the two
    // leaves either the previous complete journal or none.
    atomicWriteFile(this.bytesPath, bytes, { keepBackup: false });
    await writeJson(this.metaPath, meta);
  }

  read(): { bytes: Uint8Array; meta: JournalMeta } | null {
    const meta = readJson<JournalMeta | null>(this.metaPath, null);
    if (!meta) return null;
    try {
      return { bytes: new Uint8Array(readFileSync(this.bytesPath)), meta };
    } catch {
      return null;
    }
  }

  clear(): void {
    rmSync(this.metaPath, { force: true });
    rmSync(this.bytesPath, { force: true });
  }
}

// The UI thread's side of the import worker. The readers run synchronous loops that no message can interrupt, so
// cancel() terminates the worker and the next call starts a fresh one with the same files (kept here for that).
import type { BilingualText } from '../../../shared/crs/crs-info';
import type { ImportWorkerReply, PickedFile, PrepareRequest, PreparedImport } from './import-messages';

export class ImportReadError extends Error {
  constructor(readonly text: BilingualText) {
    super(text.en);
    this.name = 'ImportReadError';
  }
}

export class ImportCancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'ImportCancelledError';
  }
}

type Pending = { resolve(result: PreparedImport): void; reject(error: unknown): void; onProgress?: (done: number, total: number) => void };

export class ImportWorkerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly files: readonly PickedFile[]) {}

  prepare(request: PrepareRequest, onProgress?: (done: number, total: number) => void): Promise<PreparedImport> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}) });
      worker.postMessage({ id, kind: 'prepare', request });
    });
  }

  /** Stops whatever the worker is doing; pending calls reject with ImportCancelledError. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const entry of this.pending.values()) entry.reject(new ImportCancelledError());
    this.pending.clear();
  }

  dispose(): void {
    this.cancel();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'landlink-import' });
    worker.addEventListener('message', (event: MessageEvent<ImportWorkerReply>) => this.receive(event.data));
    worker.addEventListener('error', (event) => {
      const error = new ImportReadError({ en: `The import reader stopped: ${event.message}`, zh: `导入读取线程出错：${event.message}` });
      for (const entry of this.pending.values()) entry.reject(error);
      this.pending.clear();
      this.worker = null;
    });
    // Copies, not transfers: the files stay here so a fresh worker can read them again after a cancel.
    worker.postMessage({ id: 0, kind: 'load', files: this.files });
    this.worker = worker;
    return worker;
  }

  private receive(reply: ImportWorkerReply): void {
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    if (reply.kind === 'progress') return entry.onProgress?.(reply.done, reply.total);
    if (reply.kind === 'loaded') return;
    this.pending.delete(reply.id);
    if (reply.kind === 'prepared') entry.resolve(reply.result);
    else entry.reject(new ImportReadError(reply.error));
  }
}

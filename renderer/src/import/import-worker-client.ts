// The UI thread's side of the import worker, over the one worker RPC. The readers run synchronous loops that no
// message can interrupt, so cancel() terminates the worker and the next call starts a fresh one with the same files
// (kept here for that). Failures are RpcErrors: `read-failed` with the reader's reason, `cancelled` after cancel().
import { RpcClient } from '../rpc/rpc-client';
import type { ImportWorkerOperations, PickedFile, PrepareRequest, PreparedImport } from './import-messages';

export class ImportWorkerClient {
  private readonly rpc: RpcClient<ImportWorkerOperations>;

  constructor(files: readonly PickedFile[]) {
    this.rpc = new RpcClient<ImportWorkerOperations>(() => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'landlink-import' }), {
      name: { en: 'import reader', zh: '导入读取线程' },
      cancel: 'terminate',
      // Copies, not transfers: the files stay here so a fresh worker can read them again after a cancel.
      onStart: (post) => post({ id: 0, op: 'import.load', args: { files } }),
    });
  }

  prepare(request: PrepareRequest, onProgress?: (done: number, total: number) => void): Promise<PreparedImport> {
    return this.rpc.call('import.prepare', request, onProgress ? { onProgress: (done, total) => onProgress(done, total) } : {});
  }

  /** Stops whatever the worker is doing; pending calls reject with a `cancelled` RpcError. */
  cancel(): void {
    this.rpc.terminate();
  }

  dispose(): void {
    this.cancel();
  }
}

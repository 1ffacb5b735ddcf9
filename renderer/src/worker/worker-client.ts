// The UI thread's side of the project worker: a typed call() that resolves with the operation's result or rejects
// with a WorkerError carrying the bilingual message.
import type { WorkerFailure, WorkerOperation, WorkerOperations, WorkerResponse } from '../../../shared/ipc/worker-protocol';

export class WorkerError extends Error {
  constructor(readonly failure: WorkerFailure) {
    super(failure.message);
    this.name = 'WorkerError';
  }
}

type Pending = { resolve(value: unknown): void; reject(error: unknown): void; onProgress?: (done: number, total: number, label: string) => void };

export class ProjectWorkerClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly worker: Worker) {
    worker.addEventListener('message', (event: MessageEvent<WorkerResponse>) => this.receive(event.data));
    worker.addEventListener('error', (event) => {
      const failure: WorkerFailure = { code: 'worker-crashed', message: `The project worker stopped: ${event.message}`, messageZh: `后台处理线程出错：${event.message}` };
      for (const entry of this.pending.values()) entry.reject(new WorkerError(failure));
      this.pending.clear();
    });
  }

  /** `signal` asks the worker to stop the operation at its next step; the call then rejects with its `cancelled` failure. */
  call<K extends WorkerOperation>(op: K, args: WorkerOperations[K]['args'], onProgress?: Pending['onProgress'], transfer: Transferable[] = [], signal?: AbortSignal): Promise<WorkerOperations[K]['result']> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, ...(onProgress ? { onProgress } : {}) });
      this.worker.postMessage({ id, op, args }, transfer);
      signal?.addEventListener('abort', () => this.worker.postMessage({ id: this.nextId++, op: 'task.cancel', args: { id } }), { once: true });
    });
  }

  private receive(response: WorkerResponse): void {
    const entry = this.pending.get(response.id);
    if (!entry) return;
    if ('progress' in response) {
      entry.onProgress?.(response.progress.done, response.progress.total, response.progress.label);
      return;
    }
    this.pending.delete(response.id);
    if (response.ok) entry.resolve(response.result);
    else entry.reject(new WorkerError(response.error));
  }
}

export function startProjectWorker(): ProjectWorkerClient {
  const worker = new Worker(new URL('./project-worker.ts', import.meta.url), { type: 'module', name: 'landlink-project' });
  return new ProjectWorkerClient(worker);
}

// The UI thread's side of a worker: a typed call() that resolves with the operation's result or rejects with an
// RpcError, reports progress, and cancels through an AbortSignal. A worker whose operations yield asks to stop with
// `rpc.cancel`; one whose readers run synchronous loops is terminated instead and started afresh on the next call.
import { RpcError, type RpcFailure } from './rpc-error';
import type { RpcOperations, RpcProgress, RpcResponse } from './rpc-protocol';

export interface CallOptions {
  readonly onProgress?: (done: number, total: number, label?: string) => void;
  /** Buffers moved to the worker instead of copied (the caller's views of them become empty). */
  readonly transfer?: Transferable[];
  readonly signal?: AbortSignal;
}

export interface RpcClientOptions {
  /** What the worker is, in both languages, for the message when it stops. */
  readonly name: { readonly en: string; readonly zh: string };
  /** `message` (default): send rpc.cancel and wait for the worker's `cancelled` answer; `terminate`: stop the worker. */
  readonly cancel?: 'message' | 'terminate';
  /** Runs after each start of the worker, before any call (e.g. to hand it the files it reads). */
  readonly onStart?: (post: (message: unknown, transfer?: Transferable[]) => void) => void;
}

type Pending = { resolve(value: unknown): void; reject(error: unknown): void; onProgress?: CallOptions['onProgress'] };

export const CANCELLED: RpcFailure = { code: 'cancelled', message: 'Cancelled; nothing was changed.', messageZh: '已取消，未做任何更改。' };

export class RpcClient<Ops extends RpcOperations<Ops>> {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly startWorker: () => Worker,
    private readonly options: RpcClientOptions,
  ) {}

  call<K extends keyof Ops & string>(op: K, args: Ops[K]['args'], options: CallOptions = {}): Promise<Ops[K]['result']> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (options.signal?.aborted) return reject(new RpcError(CANCELLED));
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
      worker.postMessage({ id, op, args }, options.transfer ?? []);
      options.signal?.addEventListener('abort', () => this.cancel(id), { once: true });
    });
  }

  /** Stops the worker; every pending call rejects as cancelled. The next call starts a fresh worker. */
  terminate(): void {
    this.worker?.terminate();
    this.worker = null;
    this.rejectAll(CANCELLED);
  }

  private cancel(id: number): void {
    if (!this.pending.has(id)) return;
    if (this.options.cancel === 'terminate') this.terminate();
    else this.worker?.postMessage({ id: this.nextId++, op: 'rpc.cancel', args: { id } });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.startWorker();
    worker.addEventListener('message', (event: MessageEvent<RpcResponse>) => this.receive(event.data));
    worker.addEventListener('error', (event) => {
      const { en, zh } = this.options.name;
      this.rejectAll({ code: 'worker-crashed', message: `The ${en} stopped: ${event.message}`, messageZh: `${zh}出错：${event.message}` });
      this.worker = null;
    });
    this.worker = worker;
    this.options.onStart?.((message, transfer) => worker.postMessage(message, transfer ?? []));
    return worker;
  }

  private rejectAll(failure: RpcFailure): void {
    for (const entry of this.pending.values()) entry.reject(new RpcError(failure));
    this.pending.clear();
  }

  private receive(response: RpcResponse): void {
    const entry = this.pending.get(response.id);
    if (!entry) return;
    if ('progress' in response) {
      const progress: RpcProgress = response.progress;
      entry.onProgress?.(progress.done, progress.total, progress.label);
      return;
    }
    this.pending.delete(response.id);
    if (response.ok) entry.resolve(response.result);
    else entry.reject(new RpcError(response.error));
  }
}

// The worker's side: answers requests with the handler of their operation, in the one message shape. Handlers get a
// task to report progress and to hear a cancel. A result's `bytes` (a Uint8Array) is transferred, not copied.
import { toRpcFailure, type RpcErrorCode } from './rpc-error';
import type { RpcCancel, RpcOperations, RpcRequest, RpcResponse } from './rpc-protocol';

export interface RpcTask {
  progress(done: number, total: number, label?: string): void;
  /** True once the caller asked to stop this request (long handlers check it between steps). */
  cancelled(): boolean;
}

export type RpcHandlers<Ops extends RpcOperations<Ops>> = { [K in keyof Ops & string]: (args: Ops[K]['args'], task: RpcTask) => Promise<Ops[K]['result']> | Ops[K]['result'] };

export interface ServeOptions {
  /** Run requests one after another (a database that one request at a time may touch). */
  readonly sequential?: boolean;
  /** The code for a bilingual error that names none. */
  readonly fallbackCode?: RpcErrorCode;
}

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  postMessage(message: unknown, options?: { transfer?: Transferable[] }): void;
}

function transferOf(result: unknown): Transferable[] {
  if (result && typeof result === 'object' && 'bytes' in result) {
    const bytes = (result as { bytes: unknown }).bytes;
    if (bytes instanceof Uint8Array) return [bytes.buffer];
  }
  return [];
}

export function serveRpc<Ops extends RpcOperations<Ops>>(handlers: RpcHandlers<Ops>, options: ServeOptions = {}, scope: WorkerScope = self as unknown as WorkerScope): void {
  const post = (response: RpcResponse, transfer: Transferable[] = []): void => scope.postMessage(response, { transfer });
  const cancelled = new Set<number>();
  let queue: Promise<void> = Promise.resolve();

  const run = async (request: RpcRequest<Ops>): Promise<void> => {
    const { id, op, args } = request;
    const task: RpcTask = {
      progress: (done, total, label) => post({ id, progress: { done, total, ...(label !== undefined ? { label } : {}) } }),
      cancelled: () => cancelled.has(id),
    };
    try {
      const handler = handlers[op];
      if (!handler) throw new Error(`no operation ${String(op)}`);
      const result = await handler(args, task);
      try {
        post({ id, ok: true, result }, transferOf(result));
      } catch (error) {
        // A result that cannot be cloned must fail its own call, not stop the queue for every later one.
        post({ id, ok: false, error: toRpcFailure(error, options.fallbackCode) });
      }
    } catch (error) {
      post({ id, ok: false, error: toRpcFailure(error, options.fallbackCode) });
    } finally {
      cancelled.delete(id);
    }
  };

  scope.addEventListener('message', (event: MessageEvent<RpcRequest<Ops> | RpcCancel>) => {
    const request = event.data;
    if (request.op === 'rpc.cancel') {
      cancelled.add((request as RpcCancel).args.id);
      post({ id: request.id, ok: true, result: null });
      return;
    }
    if (options.sequential) queue = queue.then(() => run(request as RpcRequest<Ops>));
    else void run(request as RpcRequest<Ops>);
  });
}

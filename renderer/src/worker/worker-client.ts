// The UI thread's side of the project worker: the one worker RPC client over the project's operations. Calls resolve
// with the operation's result or reject with an RpcError carrying the code, the field and the bilingual message.
import { RpcClient } from '../rpc/rpc-client';
import type { WorkerOperations } from './project-protocol';

export type ProjectWorkerClient = RpcClient<WorkerOperations>;

export function startProjectWorker(): ProjectWorkerClient {
  return new RpcClient<WorkerOperations>(() => new Worker(new URL('./project-worker.ts', import.meta.url), { type: 'module', name: 'landlink-project' }), {
    name: { en: 'project worker', zh: '后台处理线程' },
  });
}

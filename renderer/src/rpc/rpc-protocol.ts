// The one message shape between the UI thread and every Landlink worker (project, import, MBTiles). A worker's
// protocol is a table of operations, each with its arguments and result; requests name one, and answers are a result,
// a failure (RpcFailure) or progress of the request with that id. `rpc.cancel` asks the worker to stop request `id`.
import type { RpcFailure } from './rpc-error';

/** A worker's operation table (`interface XOperations { 'op.name': { args: …; result: … } }`). */
export type RpcOperations<Ops> = { [K in keyof Ops]: { args: unknown; result: unknown } };

export interface RpcRequest<Ops extends RpcOperations<Ops>, K extends keyof Ops & string = keyof Ops & string> {
  readonly id: number;
  readonly op: K;
  readonly args: Ops[K]['args'];
}

export interface RpcCancel {
  readonly id: number;
  readonly op: 'rpc.cancel';
  readonly args: { readonly id: number };
}

export interface RpcProgress {
  readonly done: number;
  readonly total: number;
  readonly label?: string;
}

export type RpcResponse =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly id: number; readonly ok: false; readonly error: RpcFailure }
  | { readonly id: number; readonly progress: RpcProgress };

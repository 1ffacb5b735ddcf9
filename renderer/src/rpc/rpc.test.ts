// The one worker RPC, client and server joined by a MessageChannel as a worker would be: results, the one error
// shape (code, field, both languages), progress, cancel, transfer of a result's bytes; and the form's refused field
// taken from the failure, not from its wording.
import { describe, expect, it } from 'vitest';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { RpcClient } from './rpc-client';
import { serveRpc, type RpcHandlers } from './rpc-server';
import { RpcError, isRpcError, toRpcFailure } from './rpc-error';
import { FeatureWriteError } from '../../../shared/project/feature-write-error';
import { saveProperties } from '../forms/save-properties';
import type { AppServices } from '../app/app-services';

interface TestOperations {
  'echo.twice': { args: { n: number }; result: number };
  'row.save': { args: { code: string }; result: null };
  'long.run': { args: { steps: number }; result: { bytes: Uint8Array } };
}

const handlers: RpcHandlers<TestOperations> = {
  'echo.twice': ({ n }) => n * 2,
  'row.save': ({ code }) => {
    throw new FeatureWriteError('duplicate-code', `code “${code}” is already used in reclaim_parcels; give each row its own code`, `编号“${code}”在复垦地块中已存在；编号须唯一`, undefined, 'code');
  },
  'long.run': async ({ steps }, task) => {
    for (let i = 1; i <= steps; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (task.cancelled()) throw { code: 'cancelled', message: 'The run was cancelled.', messageZh: '已取消。' };
      task.progress(i, steps, 'step');
    }
    return { bytes: new Uint8Array([1, 2, 3]) };
  },
};

/** A worker whose other end is served in this thread. */
function connectedClient(): { client: RpcClient<TestOperations>; ports: MessagePort[] } {
  const { port1, port2 } = new MessageChannel();
  const scope = {
    addEventListener: (_type: 'message', listener: (event: MessageEvent) => void) => port2.on('message', (data) => listener({ data } as MessageEvent)),
    postMessage: (message: unknown, options?: { transfer?: Transferable[] }) => port2.postMessage(message, (options?.transfer ?? []) as never),
  };
  serveRpc(handlers, { sequential: true }, scope);
  const listeners: ((event: MessageEvent) => void)[] = [];
  port1.on('message', (data) => listeners.forEach((l) => l({ data } as MessageEvent)));
  const worker = {
    postMessage: (message: unknown, transfer: Transferable[]) => port1.postMessage(message, transfer as never),
    addEventListener: (type: string, listener: (event: MessageEvent) => void) => type === 'message' && listeners.push(listener),
    terminate: () => port1.close(),
  } as unknown as Worker;
  return { client: new RpcClient<TestOperations>(() => worker, { name: { en: 'test worker', zh: '测试线程' } }), ports: [port1, port2] };
}

describe('worker RPC', () => {
  it('answers with the result, or one RpcError with the code, the field and both languages', async () => {
    const { client, ports } = connectedClient();
    try {
      expect(await client.call('echo.twice', { n: 21 })).toBe(42);
      const error = await client.call('row.save', { code: 'FK-001' }).catch((e: unknown) => e);
      expect(isRpcError(error, 'duplicate-code')).toBe(true);
      expect((error as RpcError).failure).toMatchObject({ code: 'duplicate-code', field: 'code', messageZh: '编号“FK-001”在复垦地块中已存在；编号须唯一' });
      expect((error as RpcError).text('en')).toMatch(/already used/);
    } finally {
      ports.forEach((p) => p.close());
    }
  });

  it('reports progress, transfers the result bytes, and cancels through the signal', async () => {
    const { client, ports } = connectedClient();
    try {
      const seen: number[] = [];
      const done = await client.call('long.run', { steps: 3 }, { onProgress: (d) => seen.push(d) });
      expect(seen).toEqual([1, 2, 3]);
      expect([...done.bytes]).toEqual([1, 2, 3]);
      const abort = new AbortController();
      const running = client.call('long.run', { steps: 200 }, { signal: abort.signal }).catch((e: unknown) => e);
      setTimeout(() => abort.abort(), 20);
      expect(isRpcError(await running, 'cancelled')).toBe(true);
      // The queue goes on after a cancelled request.
      expect(await client.call('echo.twice', { n: 2 })).toBe(4);
    } finally {
      ports.forEach((p) => p.close());
    }
  });

  it('turns every throw into the one failure shape', () => {
    expect(toRpcFailure(new FeatureWriteError('invalid-value', 'status must be one of planned, …', '状态须为……', 0, 'status'))).toMatchObject({ code: 'invalid-value', field: 'status' });
    expect(toRpcFailure({ code: 'some-new-rule', message: 'no', messageZh: '不行' }).code).toBe('refused');
    expect(toRpcFailure(new TypeError('x is undefined'))).toEqual({ code: 'unexpected', message: 'Unexpected error: x is undefined', messageZh: '意外错误：x is undefined' });
  });
});

describe('saving a form', () => {
  const refusing = (failure: ConstructorParameters<typeof RpcError>[0]): AppServices =>
    ({ project: { updateFeature: () => Promise.reject(new RpcError(failure)) } }) as unknown as AppServices;

  it('shows the refusal at the field the write path names, whatever the message says', async () => {
    // The message does not start with the column's name: only `field` can say where it belongs.
    const app = refusing({ code: 'invalid-value', field: 'status', message: 'Choose one of planned, in progress, completed, accepted or filed.', messageZh: '请选择：拟复垦、实施中、已竣工、已验收、已备案。' });
    expect(await saveProperties(app, 'reclaim_parcels', 1, { status: 'done', village: '桃坊坡村' }, 'zh')).toEqual({ message: '请选择：拟复垦、实施中、已竣工、已验收、已备案。', field: 'status' });
  });

  it('names no field when the failure names none, or one the form did not edit', async () => {
    expect((await saveProperties(refusing({ code: 'not-found', message: 'reclaim_parcels has no row with fid 9', messageZh: '没有该记录' }), 'reclaim_parcels', 9, { code: 'x' }, 'en'))?.field).toBeNull();
    expect((await saveProperties(refusing({ code: 'invalid-value', field: 'area_m2', message: 'code is computed', messageZh: '面积由图形计算' }), 'reclaim_parcels', 1, { code: 'x' }, 'en'))?.field).toBeNull();
  });
});

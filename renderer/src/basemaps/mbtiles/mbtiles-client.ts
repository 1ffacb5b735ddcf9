// The UI thread's side of the MBTiles worker: started on first use, one promise per request.
import type { MbtilesInfo } from './mbtiles-queries';
import type { MbtilesRequest, MbtilesResponse } from './mbtiles-messages';

type Pending = { resolve(response: MbtilesResponse & { ok: true }): void; reject(error: Error & { notMbtiles?: boolean }): void };
type RequestBody = MbtilesRequest extends infer R ? (R extends MbtilesRequest ? Omit<R, 'id'> : never) : never;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function start(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./mbtiles-worker.ts', import.meta.url), { type: 'module', name: 'landlink-mbtiles' });
  worker.addEventListener('message', (event: MessageEvent<MbtilesResponse>) => {
    const response = event.data;
    const entry = pending.get(response.id);
    if (!entry) return;
    pending.delete(response.id);
    if (response.ok) entry.resolve(response);
    else entry.reject(Object.assign(new Error(response.message), { notMbtiles: response.notMbtiles }));
  });
  return worker;
}

function call(body: RequestBody, transfer: Transferable[] = []): Promise<MbtilesResponse & { ok: true }> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    start().postMessage({ ...body, id }, transfer);
  });
}

export const mbtilesWorker = {
  async open(basemapId: string, bytes: Uint8Array): Promise<MbtilesInfo> {
    const response = await call({ type: 'open', basemapId, bytes }, [bytes.buffer]);
    return response.info!;
  },
  async tile(basemapId: string, z: number, x: number, y: number): Promise<Uint8Array | null> {
    return (await call({ type: 'tile', basemapId, z, x, y })).tile ?? null;
  },
  async close(basemapId: string): Promise<void> {
    await call({ type: 'close', basemapId });
  },
};

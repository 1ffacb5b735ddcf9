// The UI thread's side of the MBTiles worker, over the one worker RPC: started on first use.
import { RpcClient } from '../../rpc/rpc-client';
import type { MbtilesInfo } from './mbtiles-queries';
import type { MbtilesOperations } from './mbtiles-messages';

const rpc = new RpcClient<MbtilesOperations>(() => new Worker(new URL('./mbtiles-worker.ts', import.meta.url), { type: 'module', name: 'landlink-mbtiles' }), {
  name: { en: 'MBTiles reader', zh: 'MBTiles 读取线程' },
});

export const mbtilesWorker = {
  /** Rejects with an RpcError `not-mbtiles` when the bytes are not an MBTiles. The bytes are moved to the worker. */
  open(basemapId: string, bytes: Uint8Array): Promise<MbtilesInfo> {
    return rpc.call('mbtiles.open', { basemapId, bytes }, { transfer: [bytes.buffer] });
  },
  async tile(basemapId: string, z: number, x: number, y: number): Promise<Uint8Array | null> {
    return (await rpc.call('mbtiles.tile', { basemapId, z, x, y })).bytes;
  },
  async close(basemapId: string): Promise<void> {
    await rpc.call('mbtiles.close', { basemapId });
  },
};

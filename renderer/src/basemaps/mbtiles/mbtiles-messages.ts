// The MBTiles worker's operations over the one worker RPC (renderer/src/rpc). A tile's bytes are transferred.
import type { MbtilesInfo } from './mbtiles-queries';

export interface MbtilesOperations {
  /** Opens the bytes as an MBTiles (refused with `not-mbtiles` when they are not one). */
  'mbtiles.open': { args: { basemapId: string; bytes: Uint8Array }; result: MbtilesInfo };
  'mbtiles.tile': { args: { basemapId: string; z: number; x: number; y: number }; result: { bytes: Uint8Array | null } };
  'mbtiles.close': { args: { basemapId: string }; result: null };
}

// Messages between the UI thread and the MBTiles worker.
import type { MbtilesInfo } from './mbtiles-queries';

export type MbtilesRequest =
  | { readonly id: number; readonly type: 'open'; readonly basemapId: string; readonly bytes: Uint8Array }
  | { readonly id: number; readonly type: 'tile'; readonly basemapId: string; readonly z: number; readonly x: number; readonly y: number }
  | { readonly id: number; readonly type: 'close'; readonly basemapId: string };

export type MbtilesResponse =
  | { readonly id: number; readonly ok: true; readonly info?: MbtilesInfo; readonly tile?: Uint8Array | null }
  | { readonly id: number; readonly ok: false; readonly notMbtiles: boolean; readonly message: string };

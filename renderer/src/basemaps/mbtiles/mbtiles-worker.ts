// A small worker of Landlink's basemaps: holds the opened MBTiles databases (sql.js, with the bundled wasm) and
// answers tile requests, so SQLite work never blocks the map or the project worker.
import type { Database, SqlJsStatic } from 'sql.js';
import { loadSqlJs } from '../../worker/load-sql-js';
import { serveRpc } from '../../rpc/rpc-server';
import type { RpcFailure } from '../../rpc/rpc-error';
import type { MbtilesOperations } from './mbtiles-messages';
import { readMbtilesInfo, readMbtilesTile } from './mbtiles-queries';

let sqlJs: Promise<SqlJsStatic> | null = null;
const databases = new Map<string, Database>();

function notMbtiles(error: unknown): RpcFailure {
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'not-mbtiles', message: `The file is not an MBTiles tileset (${detail}).`, messageZh: `该文件不是 MBTiles 瓦片集（${detail}）。` };
}

serveRpc<MbtilesOperations>({
  'mbtiles.open': async ({ basemapId, bytes }) => {
    sqlJs ??= loadSqlJs();
    const SQL = await sqlJs;
    try {
      const db = new SQL.Database(bytes);
      const info = readMbtilesInfo(db);
      databases.set(basemapId, db);
      return info;
    } catch (error) {
      throw notMbtiles(error);
    }
  },
  'mbtiles.tile': ({ basemapId, z, x, y }) => {
    const db = databases.get(basemapId);
    return { bytes: db ? readMbtilesTile(db, z, x, y) : null };
  },
  'mbtiles.close': ({ basemapId }) => {
    databases.get(basemapId)?.close();
    databases.delete(basemapId);
    return null;
  },
});

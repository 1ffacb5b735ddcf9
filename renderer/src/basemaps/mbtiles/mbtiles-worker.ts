// A small worker of Landlink's basemaps: holds the opened MBTiles databases (sql.js, with the bundled wasm) and
// answers tile requests, so SQLite work never blocks the map or the project worker.
import type { Database, SqlJsStatic } from 'sql.js';
import { loadSqlJs } from '../../worker/load-sql-js';
import type { MbtilesRequest, MbtilesResponse } from './mbtiles-messages';
import { NotMbtilesError, readMbtilesInfo, readMbtilesTile } from './mbtiles-queries';

let sqlJs: Promise<SqlJsStatic> | null = null;
const databases = new Map<string, Database>();

function reply(response: MbtilesResponse, transfer: Transferable[] = []): void {
  (self as unknown as Worker).postMessage(response, transfer);
}

self.addEventListener('message', (event: MessageEvent<MbtilesRequest>) => {
  void (async () => {
    const request = event.data;
    try {
      if (request.type === 'open') {
        sqlJs ??= loadSqlJs();
        const SQL = await sqlJs;
        let db: Database;
        try {
          db = new SQL.Database(request.bytes);
          const info = readMbtilesInfo(db);
          databases.set(request.basemapId, db);
          reply({ id: request.id, ok: true, info });
        } catch (error) {
          throw error instanceof NotMbtilesError ? error : new NotMbtilesError(String(error));
        }
      } else if (request.type === 'tile') {
        const db = databases.get(request.basemapId);
        const tile = db ? readMbtilesTile(db, request.z, request.x, request.y) : null;
        reply({ id: request.id, ok: true, tile }, tile ? [tile.buffer] : []);
      } else {
        databases.get(request.basemapId)?.close();
        databases.delete(request.basemapId);
        reply({ id: request.id, ok: true });
      }
    } catch (error) {
      reply({ id: request.id, ok: false, notMbtiles: error instanceof NotMbtilesError, message: error instanceof Error ? error.message : String(error) });
    }
  })();
});

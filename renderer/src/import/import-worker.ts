// The import wizard's reading worker: parsing a shapefile, a workbook or a GeoPackage, reprojecting and checking every
// geometry runs here, never on the UI thread. Readers are synchronous loops, so cancelling is done by the UI
// terminating this worker (import-worker-client.ts); the project is never touched from here.
import { registerGdalLoader } from '../../../shared/formats/filegdb/gdal-wasm';
import { FormatReadError } from '../../../shared/formats/read-error';
import { serveRpc } from '../rpc/rpc-server';
import type { RpcFailure } from '../rpc/rpc-error';
import type { ImportWorkerOperations } from './import-messages';
import { loadBrowserGdal } from './load-gdal-browser';
import { prepareImport } from './prepare-import';

// A File Geodatabase is read with GDAL in WebAssembly, loaded here only when one is opened.
registerGdalLoader(loadBrowserGdal);

let files = new Map<string, Uint8Array>();

/** A reader's own bilingual reason, or one sentence saying the file could not be read. */
function readFailure(error: unknown): RpcFailure {
  if (error instanceof FormatReadError) return { code: 'read-failed', message: error.message, messageZh: error.messageZh };
  if (typeof error === 'object' && error !== null && 'message' in error && 'messageZh' in error) {
    const e = error as { message: unknown; messageZh: unknown };
    return { code: 'read-failed', message: String(e.message), messageZh: String(e.messageZh) };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'read-failed', message: `The file could not be read (${detail}); check that it is complete and in a format Landlink imports.`, messageZh: `无法读取文件（${detail}）；请确认文件完整且为 Landlink 支持的格式。` };
}

serveRpc<ImportWorkerOperations>({
  'import.load': ({ files: picked }) => {
    files = new Map(picked.map((f) => [f.name, f.bytes]));
    return null;
  },
  'import.prepare': async (request, task) => {
    let lastReport = 0;
    const onProgress = (done: number, total: number): void => {
      const now = performance.now();
      if (now - lastReport < 100 && done < total) return;
      lastReport = now;
      task.progress(done, total);
    };
    try {
      return await prepareImport(files, request, { onProgress, loadSql: async () => (await import('../worker/load-sql-js')).loadSqlJs() });
    } catch (error) {
      throw readFailure(error);
    }
  },
});

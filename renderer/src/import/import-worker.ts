// The import wizard's reading worker: parsing a shapefile, a workbook or a GeoPackage, reprojecting and checking every
// geometry runs here, never on the UI thread. Readers are synchronous loops, so cancelling is done by the UI
// terminating this worker (import-worker-client.ts); the project is never touched from here.
import { registerGdalLoader } from '../../../shared/formats/filegdb/gdal-wasm';
import { FormatReadError } from '../../../shared/formats/read-error';
import type { ImportWorkerReply, ImportWorkerRequest } from './import-messages';
import { loadBrowserGdal } from './load-gdal-browser';
import { prepareImport } from './prepare-import';

// A File Geodatabase is read with GDAL in WebAssembly, loaded here only when one is opened.
registerGdalLoader(loadBrowserGdal);

let files = new Map<string, Uint8Array>();

const post = (reply: ImportWorkerReply): void => self.postMessage(reply);

function failure(error: unknown): { en: string; zh: string } {
  if (error instanceof FormatReadError) return { en: error.message, zh: error.messageZh };
  if (typeof error === 'object' && error !== null && 'message' in error && 'messageZh' in error) {
    const e = error as { message: unknown; messageZh: unknown };
    return { en: String(e.message), zh: String(e.messageZh) };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { en: `The file could not be read (${detail}); check that it is complete and in a format Landlink imports.`, zh: `无法读取文件（${detail}）；请确认文件完整且为 Landlink 支持的格式。` };
}

self.addEventListener('message', (event: MessageEvent<ImportWorkerRequest>) => {
  const message = event.data;
  if (message.kind === 'load') {
    files = new Map(message.files.map((f) => [f.name, f.bytes]));
    post({ id: message.id, kind: 'loaded' });
    return;
  }
  let lastReport = 0;
  const onProgress = (done: number, total: number): void => {
    const now = performance.now();
    if (now - lastReport < 100 && done < total) return;
    lastReport = now;
    post({ id: message.id, kind: 'progress', done, total });
  };
  prepareImport(files, message.request, { onProgress, loadSql: async () => (await import('../worker/load-sql-js')).loadSqlJs() }).then(
    (result) => post({ id: message.id, kind: 'prepared', result }),
    (error: unknown) => post({ id: message.id, kind: 'failed', error: failure(error) }),
  );
});

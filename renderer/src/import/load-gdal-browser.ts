// Loads gdal3.js (GDAL in WebAssembly, for File Geodatabases) inside the import worker, from the app's own bundled
// assets: nothing is fetched from the network, and the ~40 MB of wasm and data load only when a .gdb is read.
import type { FileGdbTools, GdalWasm } from '../../../shared/formats/filegdb/gdal-wasm';
import dataUrl from 'gdal3.js/dist/package/gdal3WebAssembly.data?url';
import wasmUrl from 'gdal3.js/dist/package/gdal3WebAssembly.wasm?url';

export async function loadBrowserGdal(): Promise<FileGdbTools> {
  const loaded = (await import('gdal3.js')) as unknown as { default?: unknown };
  // Loaded inside a worker, gdal3.js claims `onmessage` for its own worker bridge; this worker speaks its own
  // protocol through addEventListener, so that handler is taken back.
  self.onmessage = null;
  const init = (loaded.default ?? loaded) as (config: { paths: { wasm: string; data: string }; useWorker: boolean; logHandler: () => void; errorHandler: () => void }) => Promise<GdalWasm>;
  const gdal = await init({ paths: { wasm: wasmUrl, data: dataUrl }, useWorker: false, logHandler: () => undefined, errorHandler: () => undefined });
  const { loadSqlJs } = await import('../worker/load-sql-js');
  return { gdal, sql: await loadSqlJs() };
}

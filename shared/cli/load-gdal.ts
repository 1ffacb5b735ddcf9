// Loads gdal3.js (GDAL in WebAssembly) for the command line from node_modules: its wasm and data files sit in the
// package, so nothing is fetched. Only called when a File Geodatabase is read (shared/formats/filegdb).
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FileGdbTools, GdalWasm } from '../formats/filegdb/gdal-wasm';
import { loadSqlJs } from '../node/load-sql-js';

export async function loadNodeGdal(): Promise<FileGdbTools> {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('gdal3.js/node.js');
  const init = require(entry) as (options: { path: string; useWorker: boolean; logHandler: () => void; errorHandler: () => void }) => Promise<GdalWasm>;
  // gdal3.js puts './' in front of the path it is given: hand it one relative to the working directory.
  const gdal = await init({ path: path.relative(process.cwd(), path.join(path.dirname(entry), 'dist', 'package')) || '.', useWorker: false, logHandler: () => undefined, errorHandler: () => undefined });
  return { gdal, sql: await loadSqlJs() };
}

// Loads sql.js in the worker from the bundled WebAssembly file (never from a CDN).
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';

export function loadSqlJs(): Promise<SqlJsStatic> {
  return initSqlJs({ locateFile: () => wasmUrl });
}

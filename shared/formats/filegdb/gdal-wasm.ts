// GDAL compiled to WebAssembly (gdal3.js), which reads Esri File Geodatabases through GDAL's own OpenFileGDB driver.
// It is ~40 MB (wasm + data), so nothing loads it until a .gdb is opened: each runtime registers how to load it
// (the CLI from node_modules, the import worker from the app's bundled assets) and the reader asks for it then.
import type { SqlJsStatic } from 'sql.js';
import { FormatReadError } from '../read-error';

/** GDAL, and sql.js to read the GeoPackage GDAL writes the chosen layer into (far faster in WebAssembly than GeoJSON). */
export interface FileGdbTools {
  readonly gdal: GdalWasm;
  readonly sql: SqlJsStatic;
}

/** The part of gdal3.js the reader uses. */
export interface GdalWasm {
  readonly Module: { readonly FS: GdalFileSystem };
  open(path: string, openOptions?: string[]): Promise<{ datasets: GdalDataset[]; errors: unknown[] }>;
  ogr2ogr(dataset: GdalDataset, options: string[], outputName: string): Promise<{ local: string; real: string }>;
  getInfo(dataset: GdalDataset): Promise<{ layers?: { name: string; featureCount?: number }[] }>;
  getFileBytes(file: { local: string; real: string } | string): Promise<Uint8Array>;
  close(dataset: GdalDataset): void;
}
export type GdalDataset = object;
export interface GdalFileSystem {
  mkdir(path: string): void;
  writeFile(path: string, data: Uint8Array): void;
  readdir(path: string): string[];
  unlink(path: string): void;
  rmdir(path: string): void;
}

let loader: (() => Promise<FileGdbTools>) | undefined;
let loading: Promise<FileGdbTools> | undefined;

/** How this runtime loads gdal3.js; the first call wins (it is loaded once per process or worker). */
export function registerGdalLoader(load: () => Promise<FileGdbTools>): void {
  loader ??= load;
}

export function loadGdal(): Promise<FileGdbTools> {
  if (!loader)
    return Promise.reject(new FormatReadError('Reading a File Geodatabase needs GDAL (gdal3.js), which this part of Landlink does not load; import the .gdb through the import wizard or `landlink import`.', '读取 File Geodatabase 需要 GDAL（gdal3.js），此处未加载；请通过导入向导或 `landlink import` 导入 .gdb。'));
  loading ??= loader().catch((error: unknown) => {
    loading = undefined;
    throw new FormatReadError(`GDAL (gdal3.js) could not be loaded to read the File Geodatabase (${error instanceof Error ? error.message : String(error)}); reinstall Landlink.`, `无法加载读取 File Geodatabase 所需的 GDAL（gdal3.js）；请重新安装 Landlink。`);
  });
  return loading;
}

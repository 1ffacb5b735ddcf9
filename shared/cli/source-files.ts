// The files that make up one source named on the command line, for `landlink import` and `landlink area` alike:
// a shapefile's parts with the same base name beside a .shp/.dbf, a folder's shapefile parts, a File Geodatabase
// folder (.gdb), or one file (.zip, .kml/.kmz, .csv/.txt, .xlsx, .geojson, .gpkg, .dxf) with the .prj beside it when
// there is one. What the files are is decided afterwards, by shared/formats/detect-format.ts, the same way for every
// caller.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { registerGdalLoader } from '../formats/filegdb/gdal-wasm';
import { CliError } from './cli-error';
import { loadNodeGdal } from './load-gdal';

// Whatever command gathers sources can meet a File Geodatabase: say how GDAL is loaded here (it loads only if one is read).
registerGdalLoader(loadNodeGdal);

const SHAPEFILE_PARTS = ['.shp', '.shx', '.dbf', '.prj', '.cpg'];

export function sourceFiles(source: string): Map<string, Uint8Array> {
  let stat;
  try {
    stat = statSync(source);
  } catch {
    throw new CliError(`cannot read “${source}”: no such file or folder; check the path`);
  }
  const files = new Map<string, Uint8Array>();
  if (stat.isDirectory()) {
    const entries = readdirSync(source);
    if (/\.gdb[/\\]?$/i.test(source) || entries.some((e) => /\.gdbtable$/i.test(e))) {
      const folder = path.basename(path.resolve(source));
      const gdb = /\.gdb$/i.test(folder) ? folder : `${folder}.gdb`;
      for (const entry of entries) if (statSync(path.join(source, entry)).isFile()) files.set(`${gdb}/${entry}`, readFileSync(path.join(source, entry)));
      return files;
    }
    for (const entry of entries) if (SHAPEFILE_PARTS.includes(path.extname(entry).toLowerCase())) files.set(entry, readFileSync(path.join(source, entry)));
    if (files.size === 0) throw new CliError(`the folder “${source}” holds no shapefile (.shp/.dbf); give the file itself`);
    return files;
  }
  const extension = path.extname(source).toLowerCase();
  if (extension === '.shp' || extension === '.dbf') {
    const folder = path.dirname(source);
    const base = path.basename(source, path.extname(source));
    for (const entry of readdirSync(folder)) {
      if (path.basename(entry, path.extname(entry)) === base && SHAPEFILE_PARTS.includes(path.extname(entry).toLowerCase())) files.set(entry, readFileSync(path.join(folder, entry)));
    }
    return files;
  }
  // A .prj beside a CSV or GeoJSON is its CRS.
  files.set(path.basename(source), readFileSync(source));
  const prj = path.join(path.dirname(source), `${path.basename(source, extension)}.prj`);
  try {
    files.set(path.basename(prj), readFileSync(prj));
  } catch {
    // no .prj: the CRS is detected from the coordinates or given with --crs
  }
  return files;
}

/** Whether the source is a GeoPackage (the only format whose reader needs sql.js). */
export function isGeoPackageSource(source: string): boolean {
  return /\.(gpkg|sqlite)$/i.test(source);
}

// File Geodatabase import: N 三调-style parcels in a .gdb written by `ogr2ogr -f OpenFileGDB` (zone 38), read with
// GDAL's OpenFileGDB driver in WebAssembly (gdal3.js), decided, reprojected, field-mapped and written into a new
// project saved as a GeoPackage, against native `ogr2ogr -f GPKG -t_srs EPSG:4490` on the same .gdb in the same run.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Feature, Geometry } from 'geojson';
import { loadNodeGdal } from '../../../shared/cli/load-gdal';
import { crsByCode } from '../../../shared/crs/crs-registry';
import { transformFromCgcs2000 } from '../../../shared/crs/transform/from-cgcs2000';
import { transformGeometry } from '../../../shared/crs/transform/transform-geometry';
import { loadGdal, registerGdalLoader } from '../../../shared/formats/filegdb/gdal-wasm';
import { importFile } from '../../../shared/formats/import-file';
import { writeShapefile } from '../../../shared/formats/shapefile/write-shapefile';
import { loadSqlJs } from '../../../shared/node/load-sql-js';
import { createEmptyProject } from '../../../shared/project/create-empty-project';
import { exportProject } from '../../../shared/project/export-project';
import { importGeoJSON } from '../../../shared/project/import-geojson';
import type { BenchCase } from '../bench-types';
import { syntheticParcels } from './synthetic-parcels';

const formatsFileGdbCase: BenchCase = {
  title: 'formats-filegdb',
  async run(context) {
    const count = context.quick ? 10_000 : 100_000;
    const zone38 = transformFromCgcs2000(crsByCode(4526)!);
    const features: Feature<Geometry, Record<string, unknown>>[] = syntheticParcels(count, 0).map((polygon, i) => ({
      type: 'Feature',
      properties: { BSM: String(130121000000 + i), TBBH: String(100000 + i), DLBM: '0702', DLMC: '农村宅基地', ZLDWMC: '东王庄村', TBMJ: 0 },
      geometry: transformGeometry(polygon, zone38),
    }));
    const { files } = writeShapefile(features, { name: 'dltb', crs: crsByCode(4526)!, encoding: 'utf-8' });
    for (const [name, bytes] of files) writeFileSync(path.join(context.workDir, name), bytes);
    const gdb = path.join(context.workDir, 'sandiao.gdb');
    execFileSync('ogr2ogr', ['-f', 'OpenFileGDB', '-nln', 'DLTB', '-nlt', 'MULTIPOLYGON', gdb, path.join(context.workDir, 'dltb.shp')], { stdio: 'ignore' });

    registerGdalLoader(loadNodeGdal);
    const initStart = performance.now();
    await loadGdal();
    const initMs = performance.now() - initStart;
    const SQL = await loadSqlJs();
    const start = performance.now();
    const inputs = new Map(readdirSync(gdb).map((f) => [`sandiao.gdb/${f}`, new Uint8Array(readFileSync(path.join(gdb, f)))]));
    const prepared = await importFile(inputs, { table: 'reclaim_parcels', defaults: { status: 'planned' } });
    const db = createEmptyProject(SQL, { name: 'bench', county: 'bench' });
    const inserted = importGeoJSON(db, 'reclaim_parcels', prepared.collection).inserted;
    writeFileSync(path.join(context.workDir, 'landlink.gpkg'), exportProject(db));
    db.close();
    const landlinkMs = performance.now() - start;
    if (inserted !== count) throw new Error(`imported ${inserted} of ${count} parcels`);
    const ogrStart = performance.now();
    execFileSync('ogr2ogr', ['-f', 'GPKG', '-t_srs', 'EPSG:4490', path.join(context.workDir, 'ogr.gpkg'), gdb], { stdio: 'ignore' });
    const ogrMs = performance.now() - ogrStart;
    const packageDir = path.join(path.dirname(createRequire(import.meta.url).resolve('gdal3.js/node.js')), 'dist', 'package');
    const wasmMiB = ['gdal3WebAssembly.wasm', 'gdal3WebAssembly.data'].reduce((n, f) => n + statSync(path.join(packageDir, f)).size, 0) / 2 ** 20;
    return [
      {
        name: `import of a ${count / 1000}k-parcel File Geodatabase (zone 38) into a project`,
        value: landlinkMs,
        unit: 'ms',
        anchor: { name: 'ogr2ogr -f GPKG -t_srs EPSG:4490 (native GDAL)', value: ogrMs, unit: 'ms' },
        ratio: landlinkMs / ogrMs,
        goal: '≤ 1.5×',
        note: `gdal3.js ${wasmMiB.toFixed(1)} MiB (wasm + data), loaded once in ${initMs.toFixed(0)} ms, not counted above`,
      },
    ];
  },
};

export default formatsFileGdbCase;

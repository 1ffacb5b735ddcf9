// Shapefile import: a GBK shapefile of N 三调-style parcels in CGCS2000 zone 38 (with the zone prefix, as county
// data comes) read, decided, reprojected to EPSG:4490, field-mapped and written into a new project saved as a
// GeoPackage, against `ogr2ogr -f GPKG -t_srs EPSG:4490` on the same file in the same run.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, Geometry } from 'geojson';
import { crsByCode } from '../../../shared/crs/crs-registry';
import { transformFromCgcs2000 } from '../../../shared/crs/transform/from-cgcs2000';
import { transformGeometry } from '../../../shared/crs/transform/transform-geometry';
import { importFile } from '../../../shared/formats/import-file';
import { writeShapefile } from '../../../shared/formats/shapefile/write-shapefile';
import { loadSqlJs } from '../../../shared/node/load-sql-js';
import { createEmptyProject } from '../../../shared/project/create-empty-project';
import { exportProject } from '../../../shared/project/export-project';
import { importGeoJSON } from '../../../shared/project/import-geojson';
import type { BenchCase } from '../bench-types';
import { syntheticParcels } from './synthetic-parcels';

const VILLAGES = ['东王庄村', '西河村', '南沟村', '北岭村', '石门村', '泉沟村'];
const CLASSES: [string, string][] = [['0702', '农村宅基地'], ['1006', '农村道路'], ['0103', '旱地'], ['1201', '空闲地']];

function makeShapefile(folder: string, count: number): string {
  const zone38 = transformFromCgcs2000(crsByCode(4526)!);
  const features: Feature<Geometry, Record<string, unknown>>[] = syntheticParcels(count, 0).map((polygon, i) => ({
    type: 'Feature',
    properties: { BSM: 130121000000 + i, TBBH: String(100000 + i), DLBM: CLASSES[i % 4]![0], DLMC: CLASSES[i % 4]![1], ZLDWMC: VILLAGES[i % 6], TBMJ: 0, KCMJ: 0 },
    geometry: transformGeometry(polygon, zone38),
  }));
  const { files } = writeShapefile(features, { name: 'dltb', crs: crsByCode(4526)!, encoding: 'gbk' });
  for (const [name, bytes] of files) writeFileSync(path.join(folder, name), bytes);
  return path.join(folder, 'dltb.shp');
}

function ms(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

const importCase: BenchCase = {
  title: 'import',
  async run(context) {
    const count = context.quick ? 10_000 : 100_000;
    const shp = makeShapefile(context.workDir, count);
    const SQL = await loadSqlJs();
    let landlinkMs = 0;
    let readMs = 0;
    let inserted = 0;
    {
      const start = performance.now();
      const files = new Map(readdirSync(context.workDir).filter((f) => f.startsWith('dltb.')).map((f) => [f, new Uint8Array(readFileSync(path.join(context.workDir, f)))]));
      const prepared = await importFile(files, { table: 'reclaim_parcels', defaults: { status: 'planned' } });
      readMs = performance.now() - start;
      const db = createEmptyProject(SQL, { name: 'bench', county: 'bench' });
      inserted = importGeoJSON(db, 'reclaim_parcels', prepared.collection).inserted;
      writeFileSync(path.join(context.workDir, 'landlink.gpkg'), exportProject(db));
      db.close();
      landlinkMs = performance.now() - start;
    }
    if (inserted !== count) throw new Error(`imported ${inserted} of ${count} parcels`);
    const ogrMs = ms(() => execFileSync('ogr2ogr', ['-f', 'GPKG', '-t_srs', 'EPSG:4490', path.join(context.workDir, 'ogr.gpkg'), shp], { stdio: 'ignore' }));
    return [
      {
        name: `import of a ${count / 1000}k-parcel GBK shapefile (zone 38) into a project`,
        value: landlinkMs,
        unit: 'ms',
        anchor: { name: 'ogr2ogr -f GPKG -t_srs EPSG:4490', value: ogrMs, unit: 'ms' },
        ratio: landlinkMs / ogrMs,
        goal: '≤ 1.5×',
        note: `read + CRS + mapping ${readMs.toFixed(0)} ms; insert with validation, areas and save ${(landlinkMs - readMs).toFixed(0)} ms`,
      },
    ];
  },
};

export default importCase;

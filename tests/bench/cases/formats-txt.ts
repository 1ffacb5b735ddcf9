// Coordinate TXT import: N plots as the ministry's boundary-point coordinate TXT (GBK, zone 38, prefixed eastings)
// read, decided, reprojected, field-mapped and written into a new project saved as a GeoPackage, against importing
// the same plots from a GBK shapefile in zone 38 through the same path, in the same run.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Feature, Geometry } from 'geojson';
import { crsByCode } from '../../../shared/crs/crs-registry';
import { transformFromCgcs2000 } from '../../../shared/crs/transform/from-cgcs2000';
import { transformGeometry } from '../../../shared/crs/transform/transform-geometry';
import { writeCoordinateTxt } from '../../../shared/formats/coordinate-txt/write-coordinate-txt';
import { importFile } from '../../../shared/formats/import-file';
import { writeShapefile } from '../../../shared/formats/shapefile/write-shapefile';
import { loadSqlJs } from '../../../shared/node/load-sql-js';
import { createEmptyProject } from '../../../shared/project/create-empty-project';
import { exportProject } from '../../../shared/project/export-project';
import { importGeoJSON } from '../../../shared/project/import-geojson';
import type { BenchCase } from '../bench-types';
import { syntheticParcels } from './synthetic-parcels';

async function importIntoProject(files: Map<string, Uint8Array>, out: string): Promise<{ ms: number; inserted: number }> {
  const SQL = await loadSqlJs();
  const start = performance.now();
  const prepared = await importFile(files, { table: 'reclaim_parcels', defaults: { status: 'planned' } });
  const db = createEmptyProject(SQL, { name: 'bench', county: 'bench' });
  const inserted = importGeoJSON(db, 'reclaim_parcels', prepared.collection).inserted;
  writeFileSync(out, exportProject(db));
  db.close();
  return { ms: performance.now() - start, inserted };
}

const formatsTxtCase: BenchCase = {
  title: 'formats-txt',
  async run(context) {
    const count = context.quick ? 10_000 : 100_000;
    const degrees: Feature<Geometry, Record<string, unknown>>[] = syntheticParcels(count, 0).map((polygon, i) => ({ type: 'Feature', properties: { code: `FK${100000 + i}`, original_class: '0702', village: '东王庄村' }, geometry: polygon }));
    const txt = writeCoordinateTxt(degrees, { zone: 38, date: '2026-12-01' }).bytes;
    writeFileSync(path.join(context.workDir, 'plots.txt'), txt);
    const zone38 = transformFromCgcs2000(crsByCode(4526)!);
    const { files } = writeShapefile(degrees.map((f) => ({ ...f, geometry: transformGeometry(f.geometry, zone38) })), { name: 'plots', crs: crsByCode(4526)!, encoding: 'gbk' });
    const shapefile = new Map([...files].filter(([name]) => !name.endsWith('.prj') && !name.endsWith('.cpg')).map(([name, bytes]) => [name, bytes]));
    const txtFiles = new Map([['plots.txt', new Uint8Array(readFileSync(path.join(context.workDir, 'plots.txt')))]]);
    // Both readers warmed up once, then each measured twice, alternating, keeping the faster run: on a shared
    // two-core machine the order and the first run's compilation would otherwise decide the ratio.
    await importIntoProject(txtFiles, path.join(context.workDir, 'txt.gpkg'));
    await importIntoProject(shapefile, path.join(context.workDir, 'shp.gpkg'));
    const runs: { txt: { ms: number; inserted: number }; shp: { ms: number; inserted: number } }[] = [];
    for (let i = 0; i < 2; i++) runs.push({ txt: await importIntoProject(txtFiles, path.join(context.workDir, 'txt.gpkg')), shp: await importIntoProject(shapefile, path.join(context.workDir, 'shp.gpkg')) });
    const fromTxt = runs.map((r) => r.txt).reduce((a, b) => (b.ms < a.ms ? b : a));
    const fromShp = runs.map((r) => r.shp).reduce((a, b) => (b.ms < a.ms ? b : a));
    if (fromTxt.inserted !== count || fromShp.inserted !== count) throw new Error(`imported ${fromTxt.inserted} (TXT) and ${fromShp.inserted} (shapefile) of ${count}`);
    return [
      {
        name: `import of a ${count / 1000}k-plot coordinate TXT (GBK, zone 38) into a project`,
        value: fromTxt.ms,
        unit: 'ms',
        anchor: { name: 'the same plots from a GBK shapefile (zone 38)', value: fromShp.ms, unit: 'ms' },
        ratio: fromTxt.ms / fromShp.ms,
        goal: '≤ 1.0×',
        note: `TXT ${(txt.byteLength / 2 ** 20).toFixed(1)} MiB; both through importFile → importGeoJSON → save; best of 2 after a warm-up`,
      },
    ];
  },
};

export default formatsTxtCase;

// The project file at scale: generate and save a 100,000-parcel sample county, open it again, and write the same
// parcels to a new GeoPackage with Landlink against `ogr2ogr -f GPKG` from a GeoJSON of them (goal ≤ 1.0×).
// ogr2ogr also builds its R*Tree index by default, which Landlink does not keep (sql.js has no RTREE); the row
// with -lco SPATIAL_INDEX=NO compares like with like.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { buildSampleProject } from '../../../sample-data/build-sample-project';
import { atomicWriteFile } from '../../../shared/node/atomic-write-file';
import { createEmptyProject, exportProject, insertFeatures, openProject, readLayer } from '../../../shared/project/index';
import { timeMs, type BenchCase, type BenchRow } from '../bench-types';

const OGR2OGR = '/usr/bin/ogr2ogr';

const projectCase: BenchCase = {
  title: 'project file',
  async run(context) {
    const parcels = context.quick ? 5_000 : 100_000;
    const label = `${parcels / 1000}k parcels`;
    const SQL = await initSqlJs();
    const file = path.join(context.workDir, 'bench-project.gpkg');

    let db = buildSampleProject(SQL, { seed: 1, parcels }); // warm-up run, so the measured one is JIT-compiled
    db.close();
    let bytes: Uint8Array = new Uint8Array();
    const generateMs = await timeMs(() => {
      db = buildSampleProject(SQL, { seed: 1, parcels });
    });
    const saveMs = await timeMs(() => {
      bytes = exportProject(db);
      atomicWriteFile(file, bytes);
    });
    db.close();

    let openedDb = db;
    const openMs = await timeMs(() => {
      openedDb = openProject(SQL, bytes).db;
    });
    let features: ReturnType<typeof readLayer>['features'] = [];
    const readMs = await timeMs(() => {
      features = readLayer(openedDb, 'reclaim_parcels').features;
    });
    openedDb.close();

    // The same parcels, as a GeoJSON for ogr2ogr and as inserts for Landlink; both write a new GeoPackage file.
    const geojson = path.join(context.workDir, 'parcels.geojson');
    writeFileSync(geojson, JSON.stringify({ type: 'FeatureCollection', features: features.map((f) => ({ type: 'Feature', properties: withoutFid(f.properties), geometry: f.geometry })) }));
    const rows = features.map((f) => ({ properties: withoutFid(f.properties), geometry: f.geometry }));
    const landlinkFile = path.join(context.workDir, 'landlink-write.gpkg');
    const landlinkWrite = () => {
      const fresh = createEmptyProject(SQL, { name: 'bench', county: 'bench' });
      insertFeatures(fresh, 'reclaim_parcels', rows, { audit: 'summary' });
      atomicWriteFile(landlinkFile, exportProject(fresh));
      fresh.close();
    };
    landlinkWrite(); // warm-up
    const landlinkWriteMs = await timeMs(landlinkWrite);

    const result: BenchRow[] = [
      { name: `generate sample county with ${label}`, value: generateMs, unit: 'ms', note: 'layout, parcels, houses, ledger, cached ellipsoidal areas, inserts' },
      { name: `save ${label} project (export + atomic write, ${(bytes.length / 2 ** 20).toFixed(1)} MiB)`, value: saveMs, unit: 'ms' },
      { name: `open ${label} project (checks, migrations)`, value: openMs, unit: 'ms' },
      { name: `read ${label} as GeoJSON for the map`, value: readMs, unit: 'ms' },
    ];
    if (!existsSync(OGR2OGR)) {
      result.push({ name: `write ${label} to a new GeoPackage`, value: landlinkWriteMs, unit: 'ms', note: 'ogr2ogr not installed: no anchor' });
      return result;
    }
    const ogr = (extra: string[]) => {
      const out = path.join(context.workDir, 'ogr2ogr.gpkg');
      rmSync(out, { force: true });
      return timeMs(() => {
        const run = spawnSync(OGR2OGR, ['-f', 'GPKG', out, geojson, '-nln', 'reclaim_parcels', '-a_srs', 'EPSG:4490', ...extra]);
        if (run.status !== 0) throw new Error(`ogr2ogr failed: ${String(run.stderr)}`);
      });
    };
    const ogrMs = await ogr([]);
    const ogrNoIndexMs = await ogr(['-lco', 'SPATIAL_INDEX=NO']);
    result.push(
      { name: `write ${label} to a new GeoPackage (Landlink: validate, area, encode, insert, save)`, value: landlinkWriteMs, unit: 'ms', anchor: { name: 'ogr2ogr -f GPKG from GeoJSON', value: ogrMs, unit: 'ms' }, ratio: landlinkWriteMs / ogrMs, goal: '≤ 1.0×' },
      { name: `write ${label} to a new GeoPackage, ogr2ogr without R*Tree`, value: landlinkWriteMs, unit: 'ms', anchor: { name: 'ogr2ogr -lco SPATIAL_INDEX=NO', value: ogrNoIndexMs, unit: 'ms' }, ratio: landlinkWriteMs / ogrNoIndexMs },
    );
    return result;
  },
};

function withoutFid(properties: Record<string, unknown>): Record<string, unknown> {
  const { fid: _fid, ...rest } = properties;
  return rest;
}

export default projectCase;

// Regenerates Landlink's basemap fixtures in sample-data/basemaps/ (run: `npx tsx tests/tools/make-basemap-fixtures.ts`).
// Each covers a part of the sample county (near 114°E, 38.8°N) so it shows under the sample's parcels:
//   ortho-cgcs2000-gk114.tif  cloud-optimized GeoTIFF in EPSG:4547 (CGCS2000 3° GK, CM 114°E), like a drone orthophoto
//   fields-raster.pmtiles     raster PMTiles (PNG), z12–14, converted from a GDAL MBTiles by write-pmtiles.ts
//   fields-vector.pmtiles     vector PMTiles (gzipped MVT): layers `landuse` (polygons) and `roads` (lines), z10–14
//   fields-raster.mbtiles     raster MBTiles (PNG) as GDAL writes it (TMS rows), z12–14
//   plain-no-georeference.tif a baseline TIFF with no coordinate system, for the "no georeferencing" message
// Needs GDAL (Debian gdal-bin ≥ 3.1 for the COG driver); GDAL 3.6 cannot write PMTiles, hence the converter.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import proj4 from 'proj4';
import initSqlJs from 'sql.js';
import { crsByCode } from '../../shared/crs/crs-registry';
import { farmlandPattern, toPpm } from './basemap-fixtures/farmland-pattern';
import { writePmtiles, type PmtilesTile } from './basemap-fixtures/write-pmtiles';

type Box = readonly [number, number, number, number];
const OUT = fileURLToPath(new URL('../../sample-data/basemaps/', import.meta.url));
const tmp = mkdtempSync(path.join(tmpdir(), 'landlink-basemap-fixtures-'));

/** West part of the sample county (11 parcels), for the orthophoto. */
const ORTHO_BOX: Box = [113.94, 38.82, 113.99, 38.86];
/** East of it (31 parcels), for the raster PMTiles and the MBTiles. */
const FIELDS_BOX: Box = [114.0, 38.82, 114.08, 38.88];
/** North of the orthophoto, for the vector PMTiles. */
const VECTOR_BOX: Box = [113.94, 38.86, 113.99, 38.9];

const EARTH: [number, number, number][] = [[121, 148, 84], [150, 170, 98], [176, 152, 104], [104, 128, 72], [190, 176, 128]];
const AUTUMN: [number, number, number][] = [[196, 120, 60], [214, 168, 80], [160, 96, 56], [228, 196, 120], [140, 120, 70]];

function gdal(tool: string, args: string[]): void {
  execFileSync(tool, args, { stdio: ['ignore', 'ignore', 'inherit'] });
}

function writeOrthophoto(file: string): void {
  const gk = proj4('+proj=longlat +ellps=GRS80 +no_defs', crsByCode(4547)!.proj4);
  const corners = [
    [ORTHO_BOX[0], ORTHO_BOX[1]],
    [ORTHO_BOX[0], ORTHO_BOX[3]],
    [ORTHO_BOX[2], ORTHO_BOX[1]],
    [ORTHO_BOX[2], ORTHO_BOX[3]],
  ].map((c) => gk.forward(c) as [number, number]);
  const minX = Math.min(...corners.map((c) => c[0]));
  const maxX = Math.max(...corners.map((c) => c[0]));
  const minY = Math.min(...corners.map((c) => c[1]));
  const maxY = Math.max(...corners.map((c) => c[1]));
  const pixelSize = 4; // metres: a coarse drone orthophoto
  const width = Math.round((maxX - minX) / pixelSize);
  const height = Math.round((maxY - minY) / pixelSize);
  const ppm = path.join(tmp, 'ortho.ppm');
  writeFileSync(ppm, toPpm(farmlandPattern(width, height, EARTH, 4547)));
  gdal('gdal_translate', ['-q', '-of', 'COG', '-a_srs', 'EPSG:4547', '-a_ullr', String(minX), String(maxY), String(minX + width * pixelSize), String(maxY - height * pixelSize), '-co', 'COMPRESS=DEFLATE', '-co', 'BLOCKSIZE=256', ppm, file]);
}

/** A georeferenced pattern warped to Web Mercator and tiled by GDAL's MBTiles driver, with lower zooms added. */
function writeRasterMbtiles(file: string, box: Box, palette: [number, number, number][], seed: number): void {
  const ppm = path.join(tmp, `pattern-${seed}.ppm`);
  writeFileSync(ppm, toPpm(farmlandPattern(1400, 1400, palette, seed)));
  const mercator = path.join(tmp, `pattern-${seed}-3857.tif`);
  const geographic = path.join(tmp, `pattern-${seed}-4326.tif`);
  gdal('gdal_translate', ['-q', '-a_srs', 'EPSG:4326', '-a_ullr', String(box[0]), String(box[3]), String(box[2]), String(box[1]), ppm, geographic]);
  gdal('gdalwarp', ['-q', '-t_srs', 'EPSG:3857', '-dstalpha', '-r', 'near', geographic, mercator]);
  rmSync(file, { force: true });
  gdal('gdal_translate', ['-q', '-of', 'MBTiles', '-co', 'TILE_FORMAT=PNG8', '-co', 'ZOOM_LEVEL_STRATEGY=LOWER', '-co', 'RESAMPLING=NEAREST', '-co', 'NAME=Landlink fields', mercator, file]);
  gdal('gdaladdo', ['-q', '-r', 'nearest', file, '2', '4', '8', '16']);
}

interface MbtilesContent {
  readonly tiles: PmtilesTile[];
  readonly metadata: Record<string, string>;
}

async function readMbtiles(file: string): Promise<MbtilesContent> {
  const SQL = await initSqlJs();
  const db = new SQL.Database(readFileSync(file));
  try {
    const tiles: PmtilesTile[] = [];
    const rows = db.exec('SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles')[0]?.values ?? [];
    for (const [z, x, tmsRow, data] of rows as [number, number, number, Uint8Array][]) tiles.push({ z, x, y: (1 << z) - 1 - tmsRow, data });
    const metadata: Record<string, string> = {};
    for (const [name, value] of (db.exec('SELECT name, value FROM metadata')[0]?.values ?? []) as [string, string][]) metadata[name] = value;
    return { tiles, metadata };
  } finally {
    db.close();
  }
}

/** Synthetic land use and roads as GeoJSON, tiled as MVT by GDAL's MBTiles driver. */
function writeVectorMbtiles(file: string): void {
  const [w, s, e, n] = VECTOR_BOX;
  const features: unknown[] = [];
  const classes = [['耕地', 'cropland'], ['林地', 'woodland'], ['园地', 'orchard'], ['草地', 'grassland']] as const;
  const cols = 5;
  const rows = 4;
  for (let i = 0; i < cols; i++)
    for (let j = 0; j < rows; j++) {
      const x0 = w + ((e - w) * i) / cols;
      const x1 = w + ((e - w) * (i + 1)) / cols;
      const y0 = s + ((n - s) * j) / rows;
      const y1 = s + ((n - s) * (j + 1)) / rows;
      const [name, kind] = classes[(i * 3 + j) % classes.length]!;
      features.push({
        type: 'Feature',
        properties: { name, kind },
        geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] },
      });
    }
  const roads = { type: 'FeatureCollection', features: [
    { type: 'Feature', properties: { name: '田间路一', kind: 'track' }, geometry: { type: 'LineString', coordinates: [[w, s + (n - s) / 2], [e, s + (n - s) / 2 + 0.004]] } },
    { type: 'Feature', properties: { name: '田间路二', kind: 'track' }, geometry: { type: 'LineString', coordinates: [[w + (e - w) * 0.4, s], [w + (e - w) * 0.45, n]] } },
  ] };
  const landuseFile = path.join(tmp, 'landuse.geojson');
  const roadsFile = path.join(tmp, 'roads.geojson');
  writeFileSync(landuseFile, JSON.stringify({ type: 'FeatureCollection', features }));
  writeFileSync(roadsFile, JSON.stringify(roads));
  rmSync(file, { force: true });
  // GDAL's MBTiles writer takes all layers in one go, so both go through a two-layer GeoPackage first.
  const both = path.join(tmp, 'vector-layers.gpkg');
  gdal('ogr2ogr', ['-f', 'GPKG', both, landuseFile, '-nln', 'landuse']);
  gdal('ogr2ogr', ['-update', '-f', 'GPKG', both, roadsFile, '-nln', 'roads']);
  gdal('ogr2ogr', ['-f', 'MBTiles', '-dsco', 'MINZOOM=10', '-dsco', 'MAXZOOM=14', '-dsco', 'NAME=Landlink land use', file, both]);
}

async function mbtilesToPmtiles(mbtiles: string, pmtiles: string, box: Box, kind: 'raster' | 'vector'): Promise<void> {
  const { tiles, metadata } = await readMbtiles(mbtiles);
  const vectorLayers = metadata.json ? (JSON.parse(metadata.json) as { vector_layers?: unknown }).vector_layers : undefined;
  writeFileSync(
    pmtiles,
    writePmtiles({
      tileType: kind === 'vector' ? 1 : 2,
      tileCompression: kind === 'vector' ? 2 : 1,
      bounds: box,
      metadata: { name: metadata.name ?? path.basename(pmtiles), attribution: 'Landlink synthetic fixture', ...(vectorLayers ? { vector_layers: vectorLayers } : {}) },
      tiles,
    }),
  );
}

async function main(): Promise<void> {
  try {
    writeOrthophoto(path.join(OUT, 'ortho-cgcs2000-gk114.tif'));
    writeRasterMbtiles(path.join(OUT, 'fields-raster.mbtiles'), FIELDS_BOX, EARTH, 11);
    const autumn = path.join(tmp, 'autumn.mbtiles');
    writeRasterMbtiles(autumn, FIELDS_BOX, AUTUMN, 12);
    await mbtilesToPmtiles(autumn, path.join(OUT, 'fields-raster.pmtiles'), FIELDS_BOX, 'raster');
    const plainPpm = path.join(tmp, 'plain.ppm');
    writeFileSync(plainPpm, toPpm(farmlandPattern(32, 32, EARTH, 1)));
    gdal('gdal_translate', ['-q', '-of', 'GTiff', '-co', 'PROFILE=BASELINE', plainPpm, path.join(OUT, 'plain-no-georeference.tif')]);
    const vector = path.join(tmp, 'vector.mbtiles');
    writeVectorMbtiles(vector);
    await mbtilesToPmtiles(vector, path.join(OUT, 'fields-vector.pmtiles'), VECTOR_BOX, 'vector');
    for (const name of ['ortho-cgcs2000-gk114.tif', 'fields-raster.pmtiles', 'fields-vector.pmtiles', 'fields-raster.mbtiles', 'plain-no-georeference.tif'])
      console.log(`${name}\t${statSync(path.join(OUT, name)).size} bytes`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();

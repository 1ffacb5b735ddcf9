import { readFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { NotMbtilesError, readMbtilesInfo, readMbtilesTile } from './mbtiles-queries';

const fixture = new Uint8Array(readFileSync(new URL('../../../../sample-data/basemaps/fields-raster.mbtiles', import.meta.url)));

describe('MBTiles through sql.js', () => {
  it('reads metadata and serves XYZ tiles from TMS rows', async () => {
    const SQL = await initSqlJs();
    const db = new SQL.Database(fixture);
    const info = readMbtilesInfo(db);
    expect(info.format).toBe('png');
    expect([info.minzoom, info.maxzoom]).toEqual([12, 14]);
    expect(info.bounds?.[0]).toBeCloseTo(114.0, 5);
    const [z, x, tmsY] = db.exec('SELECT zoom_level, tile_column, tile_row FROM tiles ORDER BY zoom_level DESC LIMIT 1')[0]!.values[0] as number[];
    const xyzY = 2 ** z! - 1 - tmsY!;
    const tile = readMbtilesTile(db, z!, x!, xyzY);
    expect([...tile!.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    // Asking with the TMS row as if it were XYZ finds nothing (or another tile): the flip is applied.
    if (xyzY !== tmsY) expect(readMbtilesTile(db, z!, x!, tmsY!)).not.toEqual(tile);
    expect(readMbtilesTile(db, 3, 0, 0)).toBeNull();
    db.close();
  });

  it('unpacks gzipped vector tiles and says when a database is not an MBTiles', async () => {
    const SQL = await initSqlJs();
    const db = new SQL.Database();
    db.run('CREATE TABLE metadata (name TEXT, value TEXT); CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)');
    db.run("INSERT INTO metadata VALUES ('format', 'pbf'), ('json', '{\"vector_layers\":[{\"id\":\"roads\"}]}')");
    const { gzipSync } = await import('fflate');
    const raw = Uint8Array.from([0x1a, 0x02, 0x08, 0x01]);
    db.run('INSERT INTO tiles VALUES (1, 0, 0, ?)', [gzipSync(raw)]);
    const info = readMbtilesInfo(db);
    expect(info.format).toBe('pbf');
    expect(info.json).toEqual({ vector_layers: [{ id: 'roads' }] });
    expect([info.minzoom, info.maxzoom]).toEqual([1, 1]);
    expect(readMbtilesTile(db, 1, 0, 1)).toEqual(raw);
    db.close();
    const gpkg = new SQL.Database();
    gpkg.run('CREATE TABLE gpkg_contents (table_name TEXT)');
    expect(() => readMbtilesInfo(gpkg)).toThrow(NotMbtilesError);
  });
});

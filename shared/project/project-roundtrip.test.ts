import fc from 'fast-check';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { ellipsoidalArea } from '../geo/area/ellipsoidal-area';
import {
  createEmptyProject,
  deleteFeatures,
  exportProject,
  FeatureWriteError,
  importGeoJSON,
  insertFeatures,
  layerCounts,
  openProject,
  projectSummary,
  readLayer,
  updateFeature,
} from './index';
import { PROJECT_TABLES } from '../domain/tables/index';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs();
});

const square = (x: number, y: number, size: number): Geometry => ({
  type: 'MultiPolygon',
  coordinates: [[[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]]],
});

describe('project round trip', () => {
  it('creates every table, registered in gpkg_contents, stamped as GeoPackage 1.3', () => {
    const db = createEmptyProject(SQL, { name: '测试项目', county: '示例县' });
    const counts = layerCounts(db);
    for (const table of PROJECT_TABLES) expect(counts[table.name]).toBe(table.name === 'landlink_meta' ? 6 : 0);
    expect(db.exec('PRAGMA application_id')[0]!.values[0]![0]).toBe(0x47504b47);
    expect(db.exec('PRAGMA user_version')[0]!.values[0]![0]).toBe(10300);
    db.close();
  });

  it('keeps every attribute type, Chinese text included, through save and open (property)', () => {
    const text = fc.string({ unit: fc.constantFrom(...'复垦地块旱地验收张王李村镇ab1 -“”\'"'.split('')), maxLength: 20 }).filter((s) => s.trim() !== ''); // blank text is stored as null, by design
    const parcel = fc.record({
      // Codes are stored in one spelling (upper case): generate them so, the round trip must keep them as they are.
      code: fc.uuid().map((u) => u.toUpperCase()),
      village: text,
      contractor: fc.option(text, { nil: null }),
      status: fc.constantFrom('planned', 'in_progress', 'completed', 'accepted', 'filed'),
      target_class: fc.constantFrom('0103', '0404', '0305'),
      start_date: fc.option(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: null }),
      x: fc.double({ min: 113, max: 115, noNaN: true }),
      y: fc.double({ min: 38, max: 39.5, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(parcel, { minLength: 1, maxLength: 8, selector: (p) => p.code }), (parcels) => {
        const db = createEmptyProject(SQL, { name: '往返', county: '示例县' });
        insertFeatures(db, 'reclaim_parcels', parcels.map(({ x, y, ...properties }) => ({ properties, geometry: square(x, y, 0.001) })));
        const reopened = openProject(SQL, exportProject(db)).db;
        const layer = readLayer(reopened, 'reclaim_parcels');
        expect(layer.features).toHaveLength(parcels.length);
        layer.features.forEach((feature, i) => {
          const { x, y, ...properties } = parcels[i]!;
          expect(feature.properties).toMatchObject(properties);
          expect(feature.geometry).toEqual(square(x, y, 0.001));
          expect(feature.properties.area_m2).toBeCloseTo(ellipsoidalArea(square(x, y, 0.001) as never), 6);
        });
        db.close();
        reopened.close();
      }),
      { numRuns: 25 },
    );
  });

  it('stores integers, reals, JSON, datetimes and blobs in their columns', () => {
    const db = createEmptyProject(SQL, { name: 'types', county: '示例县' });
    insertFeatures(db, 'resettlement_sites', [
      {
        properties: { code: 'AZ-1', name: '幸福家园', households: '120', persons: 431, facilities: [{ type: 'school', name: '幸福小学' }], completion_date: '2019/8/1' },
        geometry: square(114, 38.8, 0.002),
      },
    ]);
    insertFeatures(db, 'verifications', [{ properties: { code: 'HC-1', entity_table: 'reclaim_parcels', entity_code: 'FK-1', verified_at: '2024-05-01T08:30:00+08:00', finding: '合格' } }]);
    insertFeatures(db, 'photos', [{ properties: { code: 'ZP-1', data: new Uint8Array([0xff, 0xd8, 0xff]), content_type: 'image/jpeg' } }]);
    const db2 = openProject(SQL, exportProject(db)).db;
    const site = readLayer(db2, 'resettlement_sites').features[0]!.properties;
    expect(site).toMatchObject({ households: 120, persons: 431, completion_date: '2019-08-01' });
    expect(JSON.parse(String(site.facilities))).toEqual([{ type: 'school', name: '幸福小学' }]);
    expect(readLayer(db2, 'verifications').features[0]!.properties).toMatchObject({ verified_at: '2024-05-01T00:30:00.000Z', finding: 'pass' });
    expect(db2.exec('SELECT data FROM photos')[0]!.values[0]![0]).toEqual(new Uint8Array([0xff, 0xd8, 0xff]));
  });

  it('recomputes the cached area and extent on geometry updates, and logs old and new values', () => {
    const db = createEmptyProject(SQL, { name: 'edit', county: '示例县' });
    const [fid] = insertFeatures(db, 'reclaim_parcels', [{ properties: { code: 'FK-9', status: 'planned' }, geometry: square(114, 38.8, 0.001) }]);
    updateFeature(db, 'reclaim_parcels', fid!, { properties: { status: 'accepted' }, geometry: square(114.5, 38.9, 0.002) }, { user: '张三' });
    const feature = readLayer(db, 'reclaim_parcels').features[0]!;
    expect(feature.properties.status).toBe('accepted');
    expect(feature.properties.area_m2).toBeCloseTo(ellipsoidalArea(square(114.5, 38.9, 0.002) as never), 6);
    const extent = db.exec("SELECT min_x, max_x, min_y, max_y FROM gpkg_contents WHERE table_name = 'reclaim_parcels'")[0]!.values[0];
    expect(extent).toEqual([114, 114.502, 38.8, 38.902]);
    const audit = db.exec("SELECT user, action, row_code, old_values, new_values FROM audit_log WHERE action = 'update'")[0]!.values[0]!;
    expect(audit.slice(0, 3)).toEqual(['张三', 'update', 'FK-9']);
    expect(JSON.parse(String(audit[3]))).toMatchObject({ status: 'planned' });
    expect(JSON.parse(String(audit[4]))).toMatchObject({ status: 'accepted', geometry: 'set' });

    expect(deleteFeatures(db, 'reclaim_parcels', [fid!])).toBe(1);
    exportProject(db);
    expect(db.exec("SELECT min_x FROM gpkg_contents WHERE table_name = 'reclaim_parcels'")[0]!.values[0]![0]).toBeNull();
  });

  it('refuses bad values with the field named, and duplicate codes, changing nothing', () => {
    const db = createEmptyProject(SQL, { name: 'bad', county: '示例县' });
    insertFeatures(db, 'reclaim_parcels', [{ properties: { code: 'FK-1', status: 'planned' }, geometry: square(114, 38.8, 0.001) }]);
    expect(() => insertFeatures(db, 'reclaim_parcels', [{ properties: { code: 'FK-2', status: 'done' }, geometry: square(114, 38.8, 0.001) }])).toThrow(/status must be one of/);
    try {
      insertFeatures(db, 'reclaim_parcels', [
        { properties: { code: 'FK-3', status: 'planned' }, geometry: square(114, 38.8, 0.001) },
        { properties: { code: 'FK-1', status: 'planned' }, geometry: square(114, 38.8, 0.001) },
      ]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FeatureWriteError);
      expect((error as FeatureWriteError).code).toBe('duplicate-code');
      expect((error as FeatureWriteError).featureIndex).toBe(1);
    }
    expect(readLayer(db, 'reclaim_parcels').features.map((f) => f.properties.code)).toEqual(['FK-1']);
  });

  it('imports GeoJSON all or nothing, naming the feature index and field of the first bad feature', () => {
    const db = createEmptyProject(SQL, { name: 'import', county: '示例县' });
    const feature = (props: Record<string, unknown>, x = 114): Feature => ({ type: 'Feature', properties: props, geometry: square(x, 38.8, 0.001) });
    const good: FeatureCollection = { type: 'FeatureCollection', features: [feature({ DKBH: 'A-1', ZT: '已验收', TBMJ: 99 }), feature({ DKBH: 'A-2', ZT: 'planned', extra: 1 })] };
    const result = importGeoJSON(db, 'reclaim_parcels', good, { fieldMap: { DKBH: 'code', ZT: 'status' } });
    expect(result.inserted).toBe(2);
    expect(result.ignoredFields).toEqual(['TBMJ', 'extra']);
    expect(readLayer(db, 'reclaim_parcels').features.map((f) => f.properties.status)).toEqual(['accepted', 'planned']);

    const bad: FeatureCollection = { type: 'FeatureCollection', features: [feature({ code: 'B-1', status: 'planned' }), feature({ code: 'B-2', status: 'planned', start_date: '2020-02-30' })] };
    expect(() => importGeoJSON(db, 'reclaim_parcels', bad)).toThrow(/feature 2: start_date must be a date/);
    const projected: FeatureCollection = { type: 'FeatureCollection', features: [feature({ code: 'C-1', status: 'planned' }, 38500000)] };
    expect(() => importGeoJSON(db, 'reclaim_parcels', projected)).toThrow(/feature 1: geometry: .*looks projected/);
    expect(layerCounts(db).reclaim_parcels).toBe(2);
  });

  it('summarises surplus per linkage project from accepted parcels, construction plots and sales', () => {
    const db = createEmptyProject(SQL, { name: 'summary', county: '示例县' });
    insertFeatures(db, 'linkage_projects', [{ properties: { code: 'GG-1', name: '一期' } }]);
    insertFeatures(db, 'reclaim_parcels', [
      { properties: { code: 'FK-1', project_code: 'GG-1', status: 'accepted', target_class: '0103' }, geometry: square(114, 38.8, 0.01) },
      { properties: { code: 'FK-2', project_code: 'GG-1', status: 'filed', target_class: '0103' }, geometry: square(114.1, 38.8, 0.01) },
      { properties: { code: 'FK-3', project_code: 'GG-1', status: 'planned', target_class: '0404' }, geometry: square(114.2, 38.8, 0.01) },
    ]);
    insertFeatures(db, 'construction_plots', [{ properties: { code: 'JX-1', project_code: 'GG-1', status: 'built' }, geometry: square(114.3, 38.8, 0.005) }]);
    insertFeatures(db, 'quota_transactions', [{ properties: { code: 'JY-1', project_code: 'GG-1', scope: 'cross_province', mu: 100 } }]);
    const summary = projectSummary(db);
    const mu = (g: Geometry) => (ellipsoidalArea(g as never) * 15) / 10000;
    const accepted = mu(square(114, 38.8, 0.01)) + mu(square(114.1, 38.8, 0.01));
    const construction = mu(square(114.3, 38.8, 0.005));
    const project = summary.linkageProjects[0]!;
    expect(project.code).toBe('GG-1');
    expect(project.accepted_mu).toBeCloseTo(accepted, 6);
    expect(project.construction_mu).toBeCloseTo(construction, 6);
    expect(project.surplus_mu).toBeCloseTo(accepted - construction, 6);
    expect(project.sold_mu).toBe(100);
    expect(project.available_mu).toBeCloseTo(accepted - construction - 100, 6);
    expect(summary.parcelsByStatus.planned.count).toBe(1);
    expect(summary.parcelsByTargetClass['0103']!.count).toBe(2);
  });
});

import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import intersect from '@turf/intersect';
import { featureCollection, feature as turfFeature } from '@turf/helpers';
import type { MultiPolygon, Point, Position } from 'geojson';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { ellipsoidalArea } from '../shared/geo/area/ellipsoidal-area';
import { readMeta, projectSummary } from '../shared/project/index';
import { buildSampleProject, generateSampleCounty, SAMPLE_COUNTY_NAME, type SampleCounty } from './index';

const mu = (g: MultiPolygon) => (ellipsoidalArea(g) * 15) / 10000;
const rowsOf = (county: SampleCounty, table: string) => county.layers.find((l) => l.table === table)!.rows;
const county = generateSampleCounty({ seed: 7 });

function bbox(g: MultiPolygon): [number, number, number, number] {
  const xs = g.coordinates.flat(2).map((p) => p[0]!);
  const ys = g.coordinates.flat(2).map((p) => p[1]!);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

describe('sample county', () => {
  it('is the same for the same seed and different for another', () => {
    expect(JSON.stringify(generateSampleCounty({ seed: 7 }))).toBe(JSON.stringify(county));
    expect(JSON.stringify(generateSampleCounty({ seed: 8 }).layers[4])).not.toBe(JSON.stringify(county.layers[4]));
  });

  it('has ~12 townships and ~300 villages that tile them, in the Taihang foothills near 114° E 38.8° N', () => {
    const admin = rowsOf(county, 'admin_areas');
    const levels = admin.map((r) => r.properties!.level);
    expect(levels.filter((l) => l === 'county')).toHaveLength(1);
    expect(levels.filter((l) => l === 'township').length).toBeGreaterThanOrEqual(11);
    expect(levels.filter((l) => l === 'township').length).toBeLessThanOrEqual(13);
    const villages = admin.filter((r) => r.properties!.level === 'village');
    expect(villages.length).toBeGreaterThan(250);
    expect(villages.length).toBeLessThan(350);
    const countyArea = mu(admin[0]!.geometry as MultiPolygon);
    const villageSum = villages.reduce((sum, v) => sum + mu(v.geometry as MultiPolygon), 0);
    expect(Math.abs(villageSum - countyArea) / countyArea).toBeLessThan(0.002); // villages tile the county
    const [minX, minY, maxX, maxY] = bbox(admin[0]!.geometry as MultiPolygon);
    expect((minX + maxX) / 2).toBeCloseTo(114, 0);
    expect((minY + maxY) / 2).toBeCloseTo(38.8, 0);
    expect(admin[0]!.properties!.name).toBe(SAMPLE_COUNTY_NAME);
  });

  it('has reclaimed parcels of 0.3–150 mu, median 3–8 mu, 3,000–4,500 mu in all, none overlapping', () => {
    const parcels = rowsOf(county, 'reclaim_parcels').map((r) => r.geometry as MultiPolygon);
    const areas = parcels.map(mu).sort((a, b) => a - b);
    expect(areas[0]).toBeGreaterThanOrEqual(0.3);
    expect(areas[areas.length - 1]).toBeLessThanOrEqual(150);
    const median = areas[Math.floor(areas.length / 2)]!;
    expect(median).toBeGreaterThanOrEqual(3);
    expect(median).toBeLessThanOrEqual(8);
    const total = areas.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(3000);
    expect(total).toBeLessThanOrEqual(4500);

    const sites = rowsOf(county, 'resettlement_sites').map((r) => r.geometry as MultiPolygon);
    const shapes = [...parcels, ...sites];
    const boxes = shapes.map(bbox);
    let checked = 0;
    for (let i = 0; i < shapes.length; i++) {
      for (let j = i + 1; j < shapes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a[0] > b[2] || b[0] > a[2] || a[1] > b[3] || b[1] > a[3]) continue;
        checked++;
        expect(intersect(featureCollection([turfFeature(shapes[i]!), turfFeature(shapes[j]!)]))).toBeNull();
      }
    }
    expect(checked).toBeGreaterThanOrEqual(0);
  });

  it('puts parcels and houses inside their villages, with 12–15 % of ~3,600 houses retained', () => {
    const villages = new Map(rowsOf(county, 'admin_areas').filter((r) => r.properties!.level === 'village').map((r) => [r.properties!.name as string, r.geometry as MultiPolygon]));
    for (const parcel of rowsOf(county, 'reclaim_parcels')) {
      const village = villages.get(parcel.properties!.village as string)!;
      for (const p of (parcel.geometry as MultiPolygon).coordinates[0]![0]!) expect(booleanPointInPolygon(p as Position, village)).toBe(true);
    }
    const houses = rowsOf(county, 'old_houses');
    expect(houses.length).toBeGreaterThan(3300);
    expect(houses.length).toBeLessThan(3900);
    for (const house of houses) expect(booleanPointInPolygon((house.geometry as Point).coordinates, villages.get(house.properties!.village as string)!)).toBe(true);
    const retained = houses.filter((h) => h.properties!.status === 'retained').length / houses.length;
    expect(retained).toBeGreaterThanOrEqual(0.12);
    expect(retained).toBeLessThanOrEqual(0.15);
    const withHouses = new Set(houses.map((h) => h.properties!.village));
    expect(withHouses.size).toBeGreaterThanOrEqual(80);
    expect(withHouses.size).toBeLessThanOrEqual(120);
  });

  it('has 8–12 sites with people, jobs and facilities, and a quota ledger that leaves surplus unsold', async () => {
    const sites = rowsOf(county, 'resettlement_sites');
    expect(sites.length).toBeGreaterThanOrEqual(8);
    expect(sites.length).toBeLessThanOrEqual(12);
    const households = sites.reduce((sum, s) => sum + Number(s.properties!.households), 0);
    expect(households).toBeGreaterThan(3400);
    expect(Number(sites[0]!.properties!.households) / households).toBeGreaterThan(0.6);
    for (const site of sites) {
      expect(Number(site.properties!.laborers_employed)).toBeLessThanOrEqual(Number(site.properties!.laborers));
      expect((site.properties!.facilities as unknown[]).length).toBeGreaterThan(0);
    }

    const SQL = await initSqlJs();
    const db = buildSampleProject(SQL, { seed: 7 });
    const summary = projectSummary(db);
    expect(summary.linkageProjects.length).toBeGreaterThanOrEqual(3);
    expect(summary.linkageProjects.length).toBeLessThanOrEqual(5);
    expect(summary.totals.construction_mu).toBeGreaterThan(350);
    expect(summary.totals.construction_mu).toBeLessThan(700);
    for (const project of summary.linkageProjects) expect(project.sold_mu).toBeLessThanOrEqual(project.surplus_mu);
    expect(summary.totals.available_mu).toBeGreaterThan(0);
    expect(summary.counts.quota_transactions).toBeGreaterThan(0);
    expect(summary.counts.quota_payments).toBeGreaterThan(summary.counts.quota_transactions!);
    const scopes = new Set(db.exec('SELECT DISTINCT scope FROM quota_transactions')[0]!.values.map((r) => r[0]));
    expect(scopes).toEqual(new Set(['cross_province', 'intra_province']));
    expect(db.exec("SELECT principal_yuan, annual_rate, grace_years, interest_subsidy FROM loans WHERE kind = 'policy_loan'")[0]!.values[0]).toEqual([147_000_000, 0.0441, 5, 0.9]);
    const meta = readMeta(db);
    expect(meta.synthetic).toBe('true');
    expect(meta.county).toContain('虚构');
    db.close();
  });

  it('scales to an exact number of parcels for benchmarks', () => {
    const big = generateSampleCounty({ seed: 3, parcels: 5000 });
    expect(rowsOf(big, 'reclaim_parcels')).toHaveLength(5000);
  });
});

// Regenerates tests/fixtures/planimeter/polygons.json: a deterministic set of polygons across 36–42°N and the whole
// 3° zone 38 (112.5–115.5°E), from 50 m² to 5 km², simple, with holes and with several parts, each measured by
// GeographicLib's Planimeter (Debian geographiclib-tools) on the CGCS2000 ellipsoid.
//
//   npx tsx tests/tools/planimeter-fixtures.ts
//
// Two Planimeter modes are recorded per polygon:
//   area_m2           geodesic edges (the default series method): the reference for Landlink's area.
//   area_authalic_m2  -Q, great circles on the authalic sphere: exact for short edges, and free of the absolute
//                     rounding floor (~1e-5 m²) that the geodesic method shows on tiny parcels.
// Planimeter prints areas with at most 5 decimals. To keep that from limiting small parcels, it is run on a
// similar ellipsoid 1000 times larger (same flattening, same degrees): every area scales by exactly 10⁶.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MultiPolygon, Polygon, Position } from 'geojson';

const SCALE = 1000;
const A = 6378137;
const INVERSE_FLATTENING = 298.257222101;
const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '../fixtures/planimeter/polygons.json');

let seed = 20240601;
const random = () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};

const round = (v: number) => Number(v.toFixed(10)); // 1e-10° ≈ 0.01 mm: fixtures stay readable and exact as printed

/** A star-shaped ring (counter-clockwise) of `n` vertices around a centre, radius about r metres. */
function ring(lon: number, lat: number, r: number, n: number, clockwise = false): Position[] {
  const metresPerDegreeLon = 111_320 * Math.cos((lat * Math.PI) / 180);
  const points: Position[] = [];
  for (let i = 0; i < n; i++) {
    const angle = (2 * Math.PI * (i + 0.3 * random())) / n;
    const radius = r * (0.7 + 0.3 * random());
    points.push([round(lon + (radius * Math.cos(angle)) / metresPerDegreeLon), round(lat + (radius * Math.sin(angle)) / 110_950)]);
  }
  if (clockwise) points.reverse();
  points.push([...points[0]!]);
  return points;
}

interface Case {
  id: string;
  geometry: Polygon | MultiPolygon;
}

function makeCases(): Case[] {
  const cases: Case[] = [];
  const count = 150;
  for (let i = 0; i < count; i++) {
    const lat = 36 + 6 * random();
    const lon = 112.5 + 3 * random();
    const targetArea = 50 * Math.pow(5e6 / 50, random()); // log-uniform 50 m² … 5 km²
    const r = Math.sqrt(targetArea / Math.PI) / 0.85;
    const n = 5 + Math.floor(random() * 20);
    const kind = i % 3;
    if (kind === 0) cases.push({ id: `simple-${i}`, geometry: { type: 'Polygon', coordinates: [ring(lon, lat, r, n)] } });
    else if (kind === 1)
      cases.push({ id: `holes-${i}`, geometry: { type: 'Polygon', coordinates: [ring(lon, lat, r, n), ring(lon, lat, 0.3 * r, 6, true)] } });
    else {
      const metresPerDegreeLon = 111_320 * Math.cos((lat * Math.PI) / 180);
      const offset = (3 * r) / metresPerDegreeLon;
      cases.push({
        id: `multi-${i}`,
        geometry: {
          type: 'MultiPolygon',
          coordinates: [[ring(lon, lat, r, n)], [ring(lon + offset, lat, 0.6 * r, 7), ring(lon + offset, lat, 0.2 * r, 5, true)], [ring(lon - offset, lat, 0.5 * r, 9)]],
        },
      });
    }
  }
  // Corners of the zone: on the central meridian, at both zone edges, at both ends of the latitude range.
  for (const [lon, lat] of [[114, 38.8], [112.5, 36], [115.5, 42], [112.5, 42], [115.5, 36]] as const)
    cases.push({ id: `corner-${lon}-${lat}`, geometry: { type: 'Polygon', coordinates: [ring(lon, lat, 1200, 12)] } });
  return cases;
}

function rings(geometry: Polygon | MultiPolygon): { ring: Position[]; isShell: boolean }[] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((polygon) => polygon.map((r, i) => ({ ring: r, isShell: i === 0 })));
}

/** Runs Planimeter once over many rings; returns [area m², perimeter m] per ring on the real ellipsoid. */
function planimeter(allRings: Position[][], extra: string[]): [number, number][] {
  const input = allRings.map((r) => r.slice(0, -1).map((p) => `${p[1]} ${p[0]}`).join('\n')).join('\n\n') + '\n\n';
  const output = execFileSync('Planimeter', ['-e', String(A * SCALE), `1/${INVERSE_FLATTENING}`, '-p', '10', ...extra], { input, maxBuffer: 1 << 26 }).toString();
  return output.trim().split('\n').map((line) => {
    const [, perimeter, area] = line.trim().split(/\s+/).map(Number);
    return [Math.abs(area!) / (SCALE * SCALE), perimeter! / SCALE];
  });
}

const cases = makeCases();
const ringList = cases.flatMap((c) => rings(c.geometry));
const geodesic = planimeter(ringList.map((r) => r.ring), []);
const authalic = planimeter(ringList.map((r) => r.ring), ['-Q']);
let at = 0;
const polygons = cases.map((c) => {
  let area = 0, areaAuthalic = 0, perimeter = 0;
  for (const { isShell } of rings(c.geometry)) {
    const sign = isShell ? 1 : -1;
    area += sign * geodesic[at]![0];
    areaAuthalic += sign * authalic[at]![0];
    perimeter += geodesic[at]![1];
    at++;
  }
  return { id: c.id, area_m2: area, area_authalic_m2: areaAuthalic, perimeter_m: perimeter, geometry: c.geometry };
});
const version = execFileSync('Planimeter', ['--version']).toString().trim();
writeFileSync(out, JSON.stringify({ generator: 'tests/tools/planimeter-fixtures.ts', planimeter: version, ellipsoid: { a: A, inverse_flattening: INVERSE_FLATTENING }, scale: SCALE, polygons }) + '\n');
console.log(`wrote ${polygons.length} polygons to ${path.relative(process.cwd(), out)}`);

// Writes the geotagged photo fixtures of the sample county (default seed) with poppler's pdftoppm (a tiny drawn PDF
// page rendered to JPEG) and exiftool (Debian `libimage-exiftool-perl`), as a phone or camera writes them:
//
//   npx tsx tests/tools/make-photo-fixtures.ts
//
// tests/fixtures/field-photos/*.jpg   small JPEGs (96×64) with EXIF GPS position, GPSImgDirection, GPSHPositioningError,
//                                     DateTimeOriginal + OffsetTimeOriginal, Artist, Make/Model; some without GPS or EXIF
// tests/fixtures/field-photos/expected.json
//                                     what each photo is of, by construction: the feature it was taken at (or why none)
// Positions are laid out around the targets of the NMEA walk (village 桃坊坡村): beside two houses a few metres apart,
// inside a parcel away from its houses, 20 m outside a parcel edge, and one photo far outside the county.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Geometry, Point } from 'geojson';
import { generateSampleCounty } from '../../sample-data/generate-sample-county';
import { makeNmeaWalk } from '../../sample-data/field/nmea-walk';
import { destination, distanceAndBearing } from '../../shared/field/geodesy/geodesic-distance';
import { anchorPoint, distanceToGeometryM } from '../../shared/field/geodesy/nearest-on-geometry';

const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/field-photos');
const county = generateSampleCounty();
const layer = (table: string) => county.layers.find((l) => l.table === table)!.rows;
const features = [...layer('old_houses').map((r) => ({ table: 'old_houses', r })), ...layer('reclaim_parcels').map((r) => ({ table: 'reclaim_parcels', r }))];
const byCode = (code: string) => features.find((f) => f.r.properties!.code === code)!;
const pointOf = (code: string) => (byCode(code).r.geometry as Point).coordinates as [number, number];
/** Distance to the nearest feature other than `except`. */
const nearestOther = (p: readonly number[], except: string) =>
  Math.min(...features.filter((f) => f.r.properties!.code !== except).map((f) => distanceToGeometryM(p, f.r.geometry as Geometry)));

const walk = makeNmeaWalk();
const [houseA, houseB, , parcelTarget] = walk.targets;
const parcel = byCode(parcelTarget!.code);
const parcelGeometry = parcel.r.geometry as Geometry;

// Inside the parcel, as far from every house as a grid search finds.
let insideParcel: [number, number] = anchorPoint(parcelGeometry)!;
let best = -1;
for (let dx = -80; dx <= 80; dx += 4) {
  for (let dy = -80; dy <= 80; dy += 4) {
    const p = destination(destination(anchorPoint(parcelGeometry)!, 90, dx), 0, dy);
    if (distanceToGeometryM(p, parcelGeometry) > 0) continue;
    const clearance = Math.min(...features.filter((f) => f.table === 'old_houses').map((f) => distanceToGeometryM(p, f.r.geometry as Geometry)));
    if (clearance > best) [best, insideParcel] = [clearance, p];
  }
}
if (best < 15) throw new Error(`no point of ${parcelTarget!.code} is 15 m from every house`);

// 20 m outside an edge of a parcel of the village, with nothing else within 35 m.
let outside: { point: [number, number]; code: string } | null = null;
for (const candidate of features.filter((f) => f.table === 'reclaim_parcels' && f.r.properties!.village === houseA!.village)) {
  const geometry = candidate.r.geometry as Geometry;
  const centre = anchorPoint(geometry)!;
  for (let bearing = 0; bearing < 360 && !outside; bearing += 15) {
    let p = centre;
    for (let step = 0; step < 400 && distanceToGeometryM(p, geometry) < 20; step++) p = destination(centre, bearing, step * 2);
    const code = String(candidate.r.properties!.code);
    if (Math.abs(distanceToGeometryM(p, geometry) - 20) < 2.5 && nearestOther(p, code) > 35) outside = { point: p, code };
  }
  if (outside) break;
}
if (!outside) throw new Error('no parcel edge with 35 m of clearance');

// Far outside the county: 0.1° west of its westernmost feature.
const west = Math.min(...features.map((f) => anchorPoint(f.r.geometry as Geometry)![0]));
const far: [number, number] = [west - 0.1, houseA!.latitude];

interface PhotoSpec {
  file: string;
  /** Two colours, #rgb-#rgb: the field and a block on it. */
  gradient: string;
  at?: [number, number];
  azimuth?: number;
  accuracy?: number;
  time?: string;
  exif?: boolean;
  expect: { table: string; code: string } | { reason: 'no-position' | 'too-far' };
}

/** A point `metres` from house `code`, as near `bearing` as possible, whose next-nearest house is 3 m farther. */
function besideHouse(code: string, metres: number, bearing: number): { at: [number, number]; azimuth: number } {
  const house = pointOf(code);
  const others = features.filter((f) => f.table === 'old_houses' && f.r.properties!.code !== code);
  for (let turn = 0; turn < 360; turn += 10) {
    for (const b of [bearing + turn, bearing - turn]) {
      const at = destination(house, b, metres);
      if (Math.min(...others.map((f) => distanceToGeometryM(at, f.r.geometry as Geometry))) > metres + 3) return { at, azimuth: (b + 180 + 360) % 360 };
    }
  }
  throw new Error(`no clear spot ${metres} m from ${code}`);
}
const a1 = besideHouse(houseA!.code, 6, 90);
const a2 = besideHouse(houseA!.code, 5, 180);
const b1 = besideHouse(houseB!.code, 3, 180);
const photos: PhotoSpec[] = [
  { file: 'house-a-before.jpg', gradient: '#b98-#654', at: a1.at, azimuth: a1.azimuth, accuracy: 3.5, time: '2024:07:01 09:31:40', expect: { table: 'old_houses', code: houseA!.code } },
  { file: 'house-a-after.jpg', gradient: '#cb9-#876', at: a2.at, azimuth: a2.azimuth, accuracy: 4, time: '2024:07:01 09:32:05', expect: { table: 'old_houses', code: houseA!.code } },
  { file: 'house-b-near-neighbour.jpg', gradient: '#9ab-#345', at: b1.at, azimuth: b1.azimuth, accuracy: 2.5, time: '2024:07:01 09:33:40', expect: { table: 'old_houses', code: houseB!.code } },
  { file: 'parcel-inside-wide.jpg', gradient: '#8b6-#352', at: insideParcel, azimuth: 135, accuracy: 1.2, time: '2024:07:01 09:36:00', expect: { table: 'reclaim_parcels', code: parcelTarget!.code } },
  { file: 'parcel-edge-20m.jpg', gradient: '#ad7-#563', at: outside.point, azimuth: distanceAndBearing(outside.point, anchorPoint(byCode(outside.code).r.geometry as Geometry)!).bearingDeg, accuracy: 5, time: '2024:07:01 09:40:00', expect: { table: 'reclaim_parcels', code: outside.code } },
  { file: 'far-away.jpg', gradient: '#ccc-#333', at: far, azimuth: 45, accuracy: 8, time: '2024:07:01 11:00:00', expect: { reason: 'too-far' } },
  { file: 'no-gps.jpg', gradient: '#eee-#999', time: '2024:07:01 09:37:00', expect: { reason: 'no-position' } },
  { file: 'no-exif.jpg', gradient: '#fda-#a53', exif: false, expect: { reason: 'no-position' } },
];

mkdirSync(outDir, { recursive: true });
for (const entry of readdirSync(outDir)) if (entry.endsWith('.jpg')) rmSync(path.join(outDir, entry));
for (const photo of photos) {
  const file = path.join(outDir, photo.file);
  writeFileSync(`${file}.pdf`, pagePdf(photo.gradient));
  execFileSync('pdftoppm', ['-jpeg', '-jpegopt', 'quality=70', '-r', '72', '-singlefile', `${file}.pdf`, file.replace(/\.jpg$/, '')]);
  rmSync(`${file}.pdf`);
  if (photo.exif === false) continue;
  const tags = ['-Make=HUAWEI', '-Model=P40', '-Artist=Li Hecha', `-DateTimeOriginal=${photo.time}`, '-OffsetTimeOriginal=+08:00'];
  if (photo.at) {
    const [lon, lat] = photo.at;
    tags.push(`-GPSLatitude=${lat.toFixed(8)}`, '-GPSLatitudeRef=N', `-GPSLongitude=${lon.toFixed(8)}`, '-GPSLongitudeRef=E');
    tags.push(`-GPSImgDirection=${photo.azimuth!.toFixed(1)}`, '-GPSImgDirectionRef=T', `-GPSHPositioningError=${photo.accuracy}`);
  }
  execFileSync('exiftool', ['-q', '-overwrite_original', ...tags, file]);
}
/** A 96×64 pt PDF page: a field of one colour with a block of another (so every photo's bytes differ). */
function pagePdf(colours: string): Buffer {
  const [from, to] = colours.split('-').map((hex) => [1, 2, 3].map((i) => (parseInt(hex[i]!, 16) / 15).toFixed(2)).join(' '));
  const content = `${from} rg 0 0 96 64 re f ${to} rg 12 10 44 30 re f`;
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 96 64] /Contents 4 0 R >>', `<< /Length ${content.length} >>\nstream\n${content}\nendstream`];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const expected = photos.map((p) => ({ file: p.file, ...(p.at ? { longitude: Number(p.at[0].toFixed(8)), latitude: Number(p.at[1].toFixed(8)) } : {}), azimuth: p.azimuth === undefined ? null : Number(p.azimuth.toFixed(1)), accuracy: p.accuracy ?? null, time: p.time ?? null, expect: p.expect }));
writeFileSync(path.join(outDir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
process.stdout.write(`wrote ${photos.length} photos to ${outDir}\n`);

// A synthetic NMEA 0183 log of an inspector walking between targets of one sample-county village (default seed):
// a cold start without a fix, autonomous GPS while walking, a short loss of fix under trees, DGPS while measuring
// a parcel, and a few sentences garbled on the serial line. Deterministic, so tests can check replayed positions
// against the targets. tests/tools/make-field-fixtures.ts writes it to sample-data/field/walk-sample-targets.nmea.
import type { Geometry, Point } from 'geojson';
import { withChecksum } from '../../shared/field/nmea/nmea-checksum';
import { destination, distanceAndBearing } from '../../shared/field/geodesy/geodesic-distance';
import { anchorPoint } from '../../shared/field/geodesy/nearest-on-geometry';
import { generateSampleCounty } from '../generate-sample-county';
import { createRandom } from '../prng';

export interface WalkTarget {
  readonly table: 'old_houses' | 'reclaim_parcels';
  readonly code: string;
  readonly village: string;
  /** Where the inspector stands (a house point; a parcel's vertex mean). */
  readonly longitude: number;
  readonly latitude: number;
  /** ISO UTC times of arriving and leaving. */
  readonly arriveAt: string;
  readonly leaveAt: string;
}

export interface NmeaWalk {
  readonly text: string;
  readonly targets: readonly WalkTarget[];
  /** Stretches of the walk by GGA fix quality code, ISO UTC, inclusive. */
  readonly qualitySegments: readonly { readonly from: string; readonly to: string; readonly qualityCode: number }[];
  /** UTC times (hh:mm:ss.sss) of the epochs whose GGA was garbled on purpose. */
  readonly garbledEpochs: readonly string[];
}

export const WALK_START = '2024-07-01T01:30:00Z'; // 09:30 Beijing time
const WALK_SPEED_MS = 1.3;
const DWELL_S = 30;
const COLD_START_S = 5;

interface Epoch {
  t: number;
  position: [number, number] | null;
  qualityCode: number;
  moving: boolean;
  course: number;
}

export function makeNmeaWalk(seed = 1): NmeaWalk {
  const county = generateSampleCounty({ seed });
  const random = createRandom(20240701);
  const houses = county.layers.find((l) => l.table === 'old_houses')!.rows;
  const parcels = county.layers.find((l) => l.table === 'reclaim_parcels')!.rows;
  // The village with the most pending/demolished houses, three of its houses, and the parcel of the first.
  const byVillage = new Map<string, typeof houses>();
  for (const house of houses) {
    const village = String(house.properties?.village);
    if (house.properties?.parcel_code) byVillage.set(village, [...(byVillage.get(village) ?? []), house]);
  }
  const [village, villageHouses] = [...byVillage.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))[0]!;
  const chosen = villageHouses.slice().sort((a, b) => String(a.properties!.code).localeCompare(String(b.properties!.code)));
  const first = chosen[0]!;
  const parcel = parcels.find((p) => p.properties?.code === first.properties!.parcel_code)!;
  const others = chosen.filter((h) => h.properties!.parcel_code !== first.properties!.parcel_code).slice(0, 2);
  const stops: { table: WalkTarget['table']; code: string; point: [number, number] }[] = [
    { table: 'old_houses', code: String(first.properties!.code), point: (first.geometry as Point).coordinates as [number, number] },
    ...others.map((h) => ({ table: 'old_houses' as const, code: String(h.properties!.code), point: (h.geometry as Point).coordinates as [number, number] })),
    { table: 'reclaim_parcels', code: String(parcel.properties!.code), point: anchorPoint(parcel.geometry as Geometry)! },
  ];

  // The track: start 120 m south-west of the first target, walk to each stop, stay DWELL_S there.
  const epochs: Epoch[] = [];
  let here = destination(stops[0]!.point, 225, 120);
  let t = 0;
  const arrivals: { arrive: number; leave: number }[] = [];
  for (let i = 0; i < COLD_START_S; i++) epochs.push({ t: t++, position: null, qualityCode: 0, moving: false, course: 0 });
  for (const stop of stops) {
    const { distanceM, bearingDeg } = distanceAndBearing(here, stop.point);
    const steps = Math.max(1, Math.ceil(distanceM / WALK_SPEED_MS));
    for (let s = 1; s <= steps; s++) {
      epochs.push({ t: t++, position: destination(here, bearingDeg, (distanceM * s) / steps), qualityCode: 1, moving: true, course: bearingDeg });
    }
    here = stop.point;
    const arrive = t;
    const measuring = stop.table === 'reclaim_parcels';
    for (let s = 0; s < DWELL_S; s++) epochs.push({ t: t++, position: stop.point, qualityCode: measuring ? 2 : 1, moving: false, course: 0 });
    arrivals.push({ arrive, leave: t - 1 });
  }
  // Under trees on the way to the second house: six seconds without a fix.
  const leg2 = arrivals[0]!.leave + 1;
  for (let k = leg2 + 10; k < leg2 + 16 && k < epochs.length; k++) epochs[k]!.qualityCode = 0;

  const start = Date.parse(WALK_START);
  const iso = (s: number) => new Date(start + s * 1000).toISOString();
  const lines: string[] = [];
  const garbled: string[] = [];
  let noise: [number, number] = [0, 0];
  for (const epoch of epochs) {
    const when = new Date(start + epoch.t * 1000);
    const hhmmss = `${pad(when.getUTCHours())}${pad(when.getUTCMinutes())}${pad(when.getUTCSeconds())}.00`;
    const ddmmyy = `${pad(when.getUTCDate())}${pad(when.getUTCMonth() + 1)}${pad(when.getUTCFullYear() % 100)}`;
    const fix = epoch.qualityCode > 0 && epoch.position !== null;
    // GNSS noise: a slow random walk of about a metre (DGPS: a third of it).
    const scale = epoch.qualityCode === 2 ? 0.3 : 1;
    noise = [clamp(noise[0] * 0.9 + random.normal(0, 0.35)), clamp(noise[1] * 0.9 + random.normal(0, 0.35))];
    const measured = fix ? destination(destination(epoch.position!, 90, noise[0] * scale), 0, noise[1] * scale) : null;
    const satellites = fix ? 8 + random.int(0, 4) : 3;
    const hdop = fix ? round(epoch.qualityCode === 2 ? 0.7 + random.next() * 0.2 : 0.9 + random.next() * 0.6, 1) : 99.9;
    const pdop = round(hdop * 1.6, 1);
    const vdop = round(hdop * 1.3, 1);
    const lat = measured ? latitude(measured[1]) : ',';
    const lon = measured ? longitude(measured[0]) : ',';
    const altitude = fix ? (412.3 + random.normal(0, 0.5)).toFixed(1) : '';
    const speedKnots = epoch.moving && fix ? ((WALK_SPEED_MS * 3.6) / 1.852 + random.normal(0, 0.05)).toFixed(2) : '0.00';
    const course = epoch.moving && fix ? epoch.course.toFixed(1) : '';
    let gga = withChecksum(`GNGGA,${hhmmss},${lat},${lon},${epoch.qualityCode},${pad(satellites)},${hdop.toFixed(1)},${altitude},M,${fix ? '-14.8' : ''},M,${epoch.qualityCode === 2 ? '3.0,0000' : ','}`);
    if (fix && epoch.t % 97 === 41) {
      gga = gga.slice(0, -2) + (gga.endsWith('00') ? '01' : '00'); // a wrong checksum, as a noisy line gives
      garbled.push(`${hhmmss.slice(0, 2)}:${hhmmss.slice(2, 4)}:${hhmmss.slice(4, 6)}.000`);
    }
    lines.push(gga);
    lines.push(withChecksum(`GNRMC,${hhmmss},${fix ? 'A' : 'V'},${lat},${lon},${speedKnots},${course},${ddmmyy},,,${fix ? (epoch.qualityCode === 2 ? 'D' : 'A') : 'N'}`));
    const ids = fix ? [3, 6, 9, 14, 17, 19, 22, 28, 31, 1, 11, 12].slice(0, Math.min(12, satellites)) : [];
    lines.push(withChecksum(`GNGSA,A,${fix ? 3 : 1},${[...ids, ...Array(12 - ids.length).fill('')].join(',')},${pdop.toFixed(1)},${hdop.toFixed(1)},${vdop.toFixed(1)}`));
    if (epoch.t % 5 === 0) {
      lines.push(withChecksum(`GPGSV,2,1,07,03,45,120,42,06,38,210,40,09,61,045,44,14,22,300,35`));
      lines.push(withChecksum(`GPGSV,2,2,07,17,15,080,30,19,70,180,45,22,33,260,38`));
      lines.push(withChecksum(`BDGSV,1,1,04,01,48,140,40,11,55,200,41,12,30,320,36,28,12,060,28`));
      lines.push(withChecksum(`GNVTG,${course},T,,M,${speedKnots},N,${(Number(speedKnots) * 1.852).toFixed(2)},K,${fix ? 'A' : 'N'}`));
    }
  }

  const segments: { from: string; to: string; qualityCode: number }[] = [];
  for (const epoch of epochs) {
    const last = segments.at(-1);
    if (last && last.qualityCode === epoch.qualityCode) last.to = iso(epoch.t);
    else segments.push({ from: iso(epoch.t), to: iso(epoch.t), qualityCode: epoch.qualityCode });
  }
  return {
    text: `${lines.join('\r\n')}\r\n`,
    targets: stops.map((stop, i) => ({
      table: stop.table,
      code: stop.code,
      village,
      longitude: round(stop.point[0], 8),
      latitude: round(stop.point[1], 8),
      arriveAt: iso(arrivals[i]!.arrive),
      leaveAt: iso(arrivals[i]!.leave),
    })),
    qualitySegments: segments,
    garbledEpochs: garbled,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const clamp = (v: number) => Math.max(-2, Math.min(2, v));
const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

function latitude(value: number): string {
  const abs = Math.abs(value);
  const degrees = Math.floor(abs);
  return `${pad(degrees)}${((abs - degrees) * 60).toFixed(6).padStart(9, '0')},${value < 0 ? 'S' : 'N'}`;
}

function longitude(value: number): string {
  const abs = Math.abs(value);
  const degrees = Math.floor(abs);
  return `${String(degrees).padStart(3, '0')}${((abs - degrees) * 60).toFixed(6).padStart(9, '0')},${value < 0 ? 'W' : 'E'}`;
}

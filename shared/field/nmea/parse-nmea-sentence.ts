// One NMEA 0183 sentence → a typed record. GGA (position, fix quality, satellites, HDOP, altitude), RMC (position,
// date, validity, speed, course) and GSA (2D/3D, PDOP/HDOP/VDOP) are what a field laptop needs; GSV and VTG are
// read for the satellites in view and the speed, any other sentence is kept as its raw fields, never an error.
// Talkers vary by constellation (GP GPS, GL GLONASS, GA Galileo, BD/GB BeiDou, GN combined): all are accepted.
import { nmeaChecksum } from './nmea-checksum';

export type NmeaSentence =
  | {
      readonly kind: 'GGA';
      readonly talker: string;
      readonly time: string | null;
      readonly latitude: number | null;
      readonly longitude: number | null;
      readonly fixQualityCode: number;
      readonly satellites: number | null;
      readonly hdop: number | null;
      readonly altitudeM: number | null;
      readonly geoidSepM: number | null;
      readonly dgpsAgeS: number | null;
    }
  | {
      readonly kind: 'RMC';
      readonly talker: string;
      readonly time: string | null;
      readonly date: string | null;
      readonly valid: boolean;
      readonly latitude: number | null;
      readonly longitude: number | null;
      readonly speedKnots: number | null;
      readonly courseDeg: number | null;
      readonly magneticVariationDeg: number | null;
      readonly mode: string | null;
    }
  | {
      readonly kind: 'GSA';
      readonly talker: string;
      readonly selection: 'A' | 'M' | null;
      readonly fixMode: 1 | 2 | 3;
      readonly satelliteIds: readonly number[];
      readonly pdop: number | null;
      readonly hdop: number | null;
      readonly vdop: number | null;
    }
  | { readonly kind: 'GSV'; readonly talker: string; readonly satellitesInView: number | null; readonly messageNumber: number; readonly messageCount: number }
  | { readonly kind: 'VTG'; readonly talker: string; readonly courseDeg: number | null; readonly speedKmh: number | null }
  | { readonly kind: 'other'; readonly talker: string; readonly type: string; readonly fields: readonly string[] };

export type NmeaErrorReason = 'no-dollar' | 'bad-checksum' | 'missing-checksum' | 'malformed';

export type NmeaParseResult =
  | { readonly ok: true; readonly sentence: NmeaSentence }
  | { readonly ok: false; readonly line: string; readonly reason: NmeaErrorReason; readonly detail: string };

export interface NmeaParseOptions {
  /** Refuse sentences without `*HH`. Default false: some loggers strip it; a wrong checksum is always refused. */
  readonly requireChecksum?: boolean;
}

export function parseNmeaSentence(rawLine: string, options: NmeaParseOptions = {}): NmeaParseResult {
  const line = rawLine.trim();
  const start = line.indexOf('$');
  if (start < 0) return fail(line, 'no-dollar', 'a sentence starts with $');
  const sentence = line.slice(start + 1);
  const star = sentence.lastIndexOf('*');
  let body = sentence;
  if (star >= 0) {
    body = sentence.slice(0, star);
    const given = sentence.slice(star + 1).trim().toUpperCase();
    if (!/^[0-9A-F]{2}$/.test(given)) return fail(line, 'malformed', `checksum “${given}” is not two hex digits`);
    const computed = nmeaChecksum(body);
    if (given !== computed) return fail(line, 'bad-checksum', `checksum ${given} should be ${computed}`);
  } else if (options.requireChecksum) {
    return fail(line, 'missing-checksum', 'the sentence has no *HH checksum');
  }
  const fields = body.split(',');
  const address = fields[0] ?? '';
  if (!/^[A-Z0-9]{3,}$/.test(address)) return fail(line, 'malformed', `“${address}” is not a sentence address`);
  const proprietary = address.startsWith('P');
  const talker = proprietary ? 'P' : address.slice(0, 2);
  const type = proprietary ? address.slice(1) : address.slice(2);
  const f = fields.slice(1);
  try {
    switch (type) {
      case 'GGA':
        return ok(parseGga(talker, f));
      case 'RMC':
        return ok(parseRmc(talker, f));
      case 'GSA':
        return ok(parseGsa(talker, f));
      case 'GSV':
        return ok({ kind: 'GSV', talker, messageCount: int(f[0]) ?? 1, messageNumber: int(f[1]) ?? 1, satellitesInView: int(f[2]) });
      case 'VTG':
        return ok({ kind: 'VTG', talker, courseDeg: num(f[0]), speedKmh: num(f[6]) });
      default:
        return ok({ kind: 'other', talker, type, fields: f });
    }
  } catch (error) {
    return fail(line, 'malformed', error instanceof Error ? error.message : String(error));
  }
}

function parseGga(talker: string, f: string[]): NmeaSentence {
  if (f.length < 9) throw new Error(`GGA has ${f.length} fields, at least 9 expected`);
  return {
    kind: 'GGA',
    talker,
    time: utcTime(f[0]),
    latitude: coordinate(f[1], f[2], 'NS'),
    longitude: coordinate(f[3], f[4], 'EW'),
    fixQualityCode: int(f[5]) ?? 0,
    satellites: int(f[6]),
    hdop: num(f[7]),
    altitudeM: num(f[8]),
    geoidSepM: num(f[10]),
    dgpsAgeS: num(f[12]),
  };
}

function parseRmc(talker: string, f: string[]): NmeaSentence {
  if (f.length < 9) throw new Error(`RMC has ${f.length} fields, at least 9 expected`);
  const variation = num(f[9]);
  return {
    kind: 'RMC',
    talker,
    time: utcTime(f[0]),
    valid: f[1] === 'A',
    latitude: coordinate(f[2], f[3], 'NS'),
    longitude: coordinate(f[4], f[5], 'EW'),
    speedKnots: num(f[6]),
    courseDeg: num(f[7]),
    date: rmcDate(f[8]),
    magneticVariationDeg: variation === null ? null : f[10] === 'W' ? -variation : variation,
    mode: f[11] ? f[11] : null,
  };
}

function parseGsa(talker: string, f: string[]): NmeaSentence {
  if (f.length < 17) throw new Error(`GSA has ${f.length} fields, 17 expected`);
  const mode = int(f[1]);
  return {
    kind: 'GSA',
    talker,
    selection: f[0] === 'A' || f[0] === 'M' ? f[0] : null,
    fixMode: mode === 2 || mode === 3 ? mode : 1,
    satelliteIds: f.slice(2, 14).map(int).filter((id): id is number => id !== null),
    pdop: num(f[14]),
    hdop: num(f[15]),
    vdop: num(f[16]),
  };
}

function ok(sentence: NmeaSentence): NmeaParseResult {
  return { ok: true, sentence };
}

function fail(line: string, reason: NmeaErrorReason, detail: string): NmeaParseResult {
  return { ok: false, line, reason, detail };
}

function num(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new Error(`“${text}” is not a number`);
  return value;
}

function int(text: string | undefined): number | null {
  const value = num(text);
  return value === null ? null : Math.trunc(value);
}

/** `ddmm.mmmm` / `dddmm.mmmm` with its hemisphere → signed decimal degrees. */
function coordinate(text: string | undefined, hemisphere: string | undefined, allowed: 'NS' | 'EW'): number | null {
  if (!text || !text.trim()) return null;
  if (!/^\d+(\.\d+)?$/.test(text)) throw new Error(`“${text}” is not a ddmm.mmmm coordinate`);
  if (!hemisphere || !allowed.includes(hemisphere)) throw new Error(`hemisphere “${hemisphere ?? ''}” should be ${allowed[0]} or ${allowed[1]}`);
  const value = Number(text);
  const degrees = Math.floor(value / 100);
  const minutes = value - degrees * 100;
  if (minutes >= 60) throw new Error(`“${text}” has ${minutes.toFixed(4)} minutes`);
  const decimal = degrees + minutes / 60;
  if (decimal > (allowed === 'NS' ? 90 : 180)) throw new Error(`“${text}” is out of range`);
  return hemisphere === 'S' || hemisphere === 'W' ? -decimal : decimal;
}

/** `hhmmss(.sss)` → `hh:mm:ss.sss`. */
function utcTime(text: string | undefined): string | null {
  if (!text) return null;
  const match = /^(\d{2})(\d{2})(\d{2})(?:\.(\d+))?$/.exec(text);
  if (!match) throw new Error(`“${text}” is not an hhmmss time`);
  const [, h, m, s, fraction = ''] = match;
  if (Number(h) > 23 || Number(m) > 59 || Number(s) > 60) throw new Error(`“${text}” is not a time of day`);
  return `${h}:${m}:${s}.${(fraction + '000').slice(0, 3)}`;
}

/** `ddmmyy` → `YYYY-MM-DD` (yy < 80 is 20yy: NMEA carries two digits). */
function rmcDate(text: string | undefined): string | null {
  if (!text) return null;
  const match = /^(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!match) throw new Error(`“${text}” is not a ddmmyy date`);
  const [, d, m, y] = match;
  const year = Number(y) < 80 ? 2000 + Number(y) : 1900 + Number(y);
  if (Number(m) < 1 || Number(m) > 12 || Number(d) < 1 || Number(d) > 31) throw new Error(`“${text}” is not a date`);
  return `${year}-${m}-${d}`;
}

// The receiver's current state, folded sentence by sentence: GGA gives position, quality, satellites and HDOP; RMC
// the date, validity, speed and course; GSA the 2D/3D mode and PDOP/VDOP; GSV the satellites in view. A plain
// object (no class) so it crosses the worker boundary and React state as it is.
import { estimateAccuracyM } from './accuracy';
import { fixQualityOf, type FixQuality } from './fix-quality';
import type { NmeaSentence } from './parse-nmea-sentence';

export interface GnssFix {
  /** ISO 8601 UTC of the epoch, once an RMC has given the date; else null (see utcTime). */
  readonly time: string | null;
  /** `hh:mm:ss.sss` UTC of the latest epoch. */
  readonly utcTime: string | null;
  /** `YYYY-MM-DD` from the latest RMC. */
  readonly date: string | null;
  readonly longitude: number | null;
  readonly latitude: number | null;
  /** Above mean sea level (GGA). */
  readonly altitudeM: number | null;
  readonly quality: FixQuality;
  /** The raw GGA quality code 0–8 (or derived from the RMC mode when no GGA came). */
  readonly qualityCode: number;
  readonly fixMode: 'none' | '2d' | '3d' | null;
  readonly satellitesUsed: number | null;
  readonly satellitesInView: number | null;
  /** Satellites in view per talker (GP, GL, BD …), summed into satellitesInView. */
  readonly satellitesInViewByTalker: Readonly<Record<string, number>>;
  readonly hdop: number | null;
  readonly pdop: number | null;
  readonly vdop: number | null;
  readonly speedKmh: number | null;
  readonly courseDeg: number | null;
  /** Estimated horizontal accuracy, metres (HDOP × typical error of the fix kind). */
  readonly accuracyM: number | null;
  /** A usable position: coordinates present and the receiver reports a fix. */
  readonly hasPosition: boolean;
}

export const EMPTY_FIX: GnssFix = {
  time: null,
  utcTime: null,
  date: null,
  longitude: null,
  latitude: null,
  altitudeM: null,
  quality: 'none',
  qualityCode: 0,
  fixMode: null,
  satellitesUsed: null,
  satellitesInView: null,
  satellitesInViewByTalker: {},
  hdop: null,
  pdop: null,
  vdop: null,
  speedKmh: null,
  courseDeg: null,
  accuracyM: null,
  hasPosition: false,
};

const KNOTS_TO_KMH = 1.852;

/** RMC mode indicator (NMEA 2.3+) → GGA quality code, for receivers that send RMC only. */
const RMC_MODE_QUALITY: Readonly<Record<string, number>> = { N: 0, A: 1, D: 2, P: 3, R: 4, F: 5, E: 6, M: 7, S: 8 };

export function applySentence(fix: GnssFix, sentence: NmeaSentence): GnssFix {
  switch (sentence.kind) {
    case 'GGA': {
      const qualityCode = sentence.fixQualityCode;
      return finish({
        ...fix,
        utcTime: sentence.time ?? fix.utcTime,
        time: isoTime(fix.date, sentence.time ?? fix.utcTime),
        latitude: sentence.latitude,
        longitude: sentence.longitude,
        altitudeM: sentence.altitudeM,
        qualityCode,
        quality: fixQualityOf(qualityCode),
        satellitesUsed: sentence.satellites,
        hdop: sentence.hdop ?? fix.hdop,
      });
    }
    case 'RMC': {
      const sameEpochAsGga = sentence.time !== null && sentence.time === fix.utcTime && fix.qualityCode > 0;
      let qualityCode = fix.qualityCode;
      if (!sentence.valid) qualityCode = 0;
      else if (!sameEpochAsGga) qualityCode = sentence.mode && sentence.mode in RMC_MODE_QUALITY ? RMC_MODE_QUALITY[sentence.mode]! : Math.max(fix.qualityCode, 1);
      return finish({
        ...fix,
        utcTime: sentence.time ?? fix.utcTime,
        date: sentence.date ?? fix.date,
        time: isoTime(sentence.date ?? fix.date, sentence.time ?? fix.utcTime),
        latitude: sentence.valid ? sentence.latitude : fix.latitude,
        longitude: sentence.valid ? sentence.longitude : fix.longitude,
        qualityCode,
        quality: fixQualityOf(qualityCode),
        speedKmh: sentence.speedKnots === null ? null : Math.round(sentence.speedKnots * KNOTS_TO_KMH * 100) / 100,
        courseDeg: sentence.courseDeg,
      });
    }
    case 'GSA':
      return finish({
        ...fix,
        fixMode: sentence.fixMode === 3 ? '3d' : sentence.fixMode === 2 ? '2d' : 'none',
        pdop: sentence.pdop,
        hdop: sentence.hdop ?? fix.hdop,
        vdop: sentence.vdop,
      });
    case 'GSV': {
      if (sentence.satellitesInView === null) return fix;
      const byTalker = { ...fix.satellitesInViewByTalker, [sentence.talker]: sentence.satellitesInView };
      return { ...fix, satellitesInViewByTalker: byTalker, satellitesInView: Object.values(byTalker).reduce((a, b) => a + b, 0) };
    }
    case 'VTG':
      return { ...fix, speedKmh: sentence.speedKmh ?? fix.speedKmh, courseDeg: sentence.courseDeg ?? fix.courseDeg };
    case 'other':
      return fix;
  }
}

function finish(fix: GnssFix): GnssFix {
  const hasPosition = fix.quality !== 'none' && fix.latitude !== null && fix.longitude !== null;
  return { ...fix, hasPosition, accuracyM: hasPosition ? estimateAccuracyM(fix.hdop, fix.quality) : null };
}

function isoTime(date: string | null, time: string | null): string | null {
  return date && time ? `${date}T${time}Z` : null;
}

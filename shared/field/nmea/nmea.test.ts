import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeNmeaWalk } from '../../../sample-data/field/nmea-walk';
import { geodesicDistanceM } from '../geodesy/geodesic-distance';
import { applySentence, createNmeaStream, EMPTY_FIX, epochFixesOfNmeaLog, estimateAccuracyM, fixesOfNmeaLog, nmeaChecksum, parseNmeaSentence, replayNmeaLog, timeNmeaLog, withChecksum, type GnssFix } from './index';

const fixtureDir = path.join(import.meta.dirname, '../../../sample-data/field');
const log = readFileSync(path.join(fixtureDir, 'walk-sample-targets.nmea'), 'latin1');
const facts = JSON.parse(readFileSync(path.join(fixtureDir, 'walk-sample-targets.json'), 'utf8')) as ReturnType<typeof makeNmeaWalk>;

describe('NMEA sentences', () => {
  it('checks checksums of real receiver sentences', () => {
    // Sentences from NMEA references (u-blox and the classic gpsd examples).
    expect(nmeaChecksum('GPGGA,092750.000,5321.6802,N,00630.3372,W,1,8,1.03,61.7,M,55.2,M,,')).toBe('76');
    expect(parseNmeaSentence('$GPGGA,092750.000,5321.6802,N,00630.3372,W,1,8,1.03,61.7,M,55.2,M,,*76').ok).toBe(true);
    const bad = parseNmeaSentence('$GPGGA,092750.000,5321.6802,N,00630.3372,W,1,8,1.03,61.7,M,55.2,M,,*77');
    expect(bad).toMatchObject({ ok: false, reason: 'bad-checksum' });
    expect(parseNmeaSentence('$GPGGA,092750.000,5321.6802,N,00630.3372,W,1,8,1.03,61.7,M,55.2,M,,', { requireChecksum: true })).toMatchObject({ ok: false, reason: 'missing-checksum' });
    expect(parseNmeaSentence('garbage')).toMatchObject({ ok: false, reason: 'no-dollar' });
  });

  it('reads GGA: position, quality, satellites, HDOP, altitude', () => {
    const result = parseNmeaSentence('$GPGGA,092750.000,5321.6802,N,00630.3372,W,1,8,1.03,61.7,M,55.2,M,,*76');
    expect(result.ok && result.sentence).toMatchObject({ kind: 'GGA', talker: 'GP', time: '09:27:50.000', fixQualityCode: 1, satellites: 8, hdop: 1.03, altitudeM: 61.7, geoidSepM: 55.2 });
    if (!result.ok || result.sentence.kind !== 'GGA') throw new Error('not GGA');
    expect(result.sentence.latitude).toBeCloseTo(53 + 21.6802 / 60, 9);
    expect(result.sentence.longitude).toBeCloseTo(-(6 + 30.3372 / 60), 9);
  });

  it('reads RMC: date, validity, speed, course, and GSA: mode and DOPs', () => {
    const rmc = parseNmeaSentence('$GPRMC,225446,A,4916.45,N,12311.12,W,000.5,054.7,191194,020.3,E*68');
    expect(rmc.ok && rmc.sentence).toMatchObject({ kind: 'RMC', valid: true, date: '1994-11-19', time: '22:54:46.000', speedKnots: 0.5, courseDeg: 54.7, magneticVariationDeg: 20.3 });
    const gsa = parseNmeaSentence(withChecksum('GNGSA,A,3,04,05,,09,12,,,24,,,,,2.5,1.3,2.1'));
    expect(gsa.ok && gsa.sentence).toMatchObject({ kind: 'GSA', fixMode: 3, satelliteIds: [4, 5, 9, 12, 24], pdop: 2.5, hdop: 1.3, vdop: 2.1 });
  });

  it('tolerates GSV, VTG and sentences it does not know', () => {
    expect(parseNmeaSentence(withChecksum('GPGSV,3,1,11,03,03,111,00,04,15,270,00,06,01,010,00,13,06,292,00'))).toMatchObject({ ok: true, sentence: { kind: 'GSV', satellitesInView: 11 } });
    expect(parseNmeaSentence(withChecksum('GPVTG,054.7,T,034.4,M,005.5,N,010.2,K'))).toMatchObject({ ok: true, sentence: { kind: 'VTG', courseDeg: 54.7, speedKmh: 10.2 } });
    expect(parseNmeaSentence(withChecksum('GPZDA,201530.00,04,07,2002,00,00'))).toMatchObject({ ok: true, sentence: { kind: 'other', type: 'ZDA' } });
    expect(parseNmeaSentence(withChecksum('PUBX,00,081350.00,4717.113210,N'))).toMatchObject({ ok: true, sentence: { kind: 'other', talker: 'P' } });
    expect(parseNmeaSentence(withChecksum('GPGGA,092750.000,5399.6802,N,00630.3372,W,1,8,1.03,61.7,M,55.2,M,,'))).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('folds sentences into a fix with quality and an accuracy estimate', () => {
    let fix: GnssFix = EMPTY_FIX;
    for (const line of [
      withChecksum('GNRMC,013005.00,A,3843.7509,N,11411.3192,E,0.00,,010724,,,D'),
      withChecksum('GNGGA,013005.00,3843.7509,N,11411.3192,E,2,10,0.8,412.3,M,-14.8,M,3.0,0000'),
      withChecksum('GNGSA,A,3,03,06,09,14,17,19,22,28,31,01,,,1.3,0.8,1.0'),
    ]) {
      const parsed = parseNmeaSentence(line);
      if (!parsed.ok) throw new Error(parsed.detail);
      fix = applySentence(fix, parsed.sentence);
    }
    expect(fix).toMatchObject({ quality: 'dgps', qualityCode: 2, fixMode: '3d', satellitesUsed: 10, hdop: 0.8, pdop: 1.3, hasPosition: true, time: '2024-07-01T01:30:05.000Z' });
    expect(fix.accuracyM).toBe(estimateAccuracyM(0.8, 'dgps'));
    expect(fix.accuracyM!).toBeLessThan(2);
    expect(estimateAccuracyM(1, 'rtk')!).toBeLessThan(0.05);
    expect(estimateAccuracyM(1, 'none')).toBeNull();
  });
});

describe('NMEA stream from a serial port', () => {
  it('gives the same fixes whatever the chunking (lines split across chunks)', () => {
    const part = log.slice(0, 20_000);
    const whole = fixesOfNmeaLog(part);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 200 }), (sizes) => {
        const stream = createNmeaStream();
        const fixes: GnssFix[] = [];
        let at = 0;
        let i = 0;
        const bytes = new TextEncoder().encode(part);
        while (at < bytes.length) {
          const size = sizes[i++ % sizes.length]!;
          for (const event of stream.push(bytes.slice(at, at + size))) if (event.kind === 'fix') fixes.push(event.fix);
          at += size;
        }
        for (const event of stream.flush()) if (event.kind === 'fix') fixes.push(event.fix);
        expect(fixes).toEqual(whole);
      }),
      { numRuns: 40 },
    );
  });

  it('reports garbled lines and noise without a line end, and keeps going', () => {
    const stream = createNmeaStream();
    const events = [
      ...stream.push('$GNGGA,013005.00,3843.7509,N,11411.3192,E,1,10,0.8,412.3,M,-14.8,M,,*00\r\n'),
      ...stream.push('x'.repeat(600)),
      ...stream.push(`\r\n${withChecksum('GNGGA,013006.00,3843.7509,N,11411.3192,E,1,10,0.8,412.3,M,-14.8,M,,')}\n`),
    ];
    expect(events.map((e) => (e.kind === 'error' ? e.error.reason : 'fix'))).toEqual(['bad-checksum', 'malformed', 'fix']);
  });
});

describe('NMEA log replay of the sample walk', () => {
  it('the committed fixture is what the generator makes', () => {
    const walk = makeNmeaWalk();
    expect(walk.text).toBe(log);
    expect(walk.targets).toEqual(facts.targets);
  });

  it('times lines from their UTC epochs, one second apart', () => {
    const timed = timeNmeaLog(log);
    expect(timed[0]!.atMs).toBe(0);
    const seconds = [...new Set(timed.map((t) => t.atMs))];
    expect(seconds.slice(0, 4)).toEqual([0, 1000, 2000, 3000]);
    const end = Date.parse(facts.qualitySegments.at(-1)!.to) - Date.parse(facts.qualitySegments[0]!.from);
    expect(timed.at(-1)!.atMs).toBe(end);
  });

  it('gives the right positions at each target and the right fix quality along the way', () => {
    const epochs = epochFixesOfNmeaLog(log);
    for (const target of facts.targets) {
      const there = epochs.filter((f) => f.time! >= target.arriveAt && f.time! <= target.leaveAt && f.hasPosition);
      expect(there.length).toBeGreaterThan(20);
      for (const fix of there) expect(geodesicDistanceM([fix.longitude!, fix.latitude!], [target.longitude, target.latitude])).toBeLessThan(4);
    }
    for (const segment of facts.qualitySegments) {
      const inside = epochs.filter((f) => f.time! >= segment.from && f.time! <= segment.to);
      expect(inside.length).toBeGreaterThan(0);
      // A garbled GGA leaves that epoch to RMC, whose mode letter gives the same quality.
      for (const fix of inside) expect(fix.qualityCode, fix.time!).toBe(segment.qualityCode);
      for (const fix of inside) expect(fix.hasPosition).toBe(segment.qualityCode > 0);
    }
    const parcel = facts.targets.find((t) => t.table === 'reclaim_parcels')!;
    const measuring = epochs.find((f) => f.time === parcel.arriveAt)!;
    expect(measuring.quality).toBe('dgps');
    expect(measuring.accuracyM!).toBeLessThan(1.5);
  });

  it('replays with its timing at a speed factor, reporting the garbled sentences', () => {
    const clock: { at: number; run: () => void }[] = [];
    let now = 0;
    const fixes: { at: number; fix: GnssFix }[] = [];
    const errors: string[] = [];
    let ended = false;
    replayNmeaLog(log, {
      speed: 10,
      onFix: (fix) => fixes.push({ at: now, fix }),
      onError: (error) => errors.push(error.reason),
      onEnd: () => (ended = true),
      schedule: (run, ms) => clock.push({ at: now + ms, run }),
    });
    while (clock.length > 0) {
      const next = clock.shift()!;
      now = next.at;
      next.run();
    }
    expect(ended).toBe(true);
    expect(errors).toEqual(facts.garbledEpochs.map(() => 'bad-checksum'));
    const duration = Date.parse(facts.qualitySegments.at(-1)!.to) - Date.parse(facts.qualitySegments[0]!.from);
    expect(now).toBeCloseTo(duration / 10, 6);
    const last = fixes.at(-1)!;
    expect(last.at).toBeCloseTo(duration / 10, 6);
    expect(last.fix.quality).toBe('dgps');
    expect(fixes.map((f) => f.fix)).toEqual(fixesOfNmeaLog(log));
  });

  it('stops when asked', () => {
    const pending: (() => void)[] = [];
    let count = 0;
    const control = replayNmeaLog(log, { onFix: () => count++, schedule: (run) => pending.push(run), cancel: () => pending.splice(0) });
    pending.shift()!();
    pending.shift()!();
    control.stop();
    expect(pending).toHaveLength(0);
    expect(count).toBe(4);
  });
});

// NMEA 0183 for positions without network: parse, fold into a fix, stream serial chunks, replay logs.
export { nmeaChecksum, withChecksum } from './nmea-checksum';
export { parseNmeaSentence, type NmeaSentence, type NmeaParseResult, type NmeaErrorReason, type NmeaParseOptions } from './parse-nmea-sentence';
export { fixQualityOf, FIX_QUALITY_LABELS, type FixQuality } from './fix-quality';
export { estimateAccuracyM } from './accuracy';
export { applySentence, EMPTY_FIX, type GnssFix } from './gnss-fix';
export { createNmeaStream, type NmeaStream, type NmeaStreamEvent } from './nmea-stream';
export { timeNmeaLog, fixesOfNmeaLog, epochFixesOfNmeaLog, replayNmeaLog, type TimedLine, type ReplayOptions, type ReplayControl } from './nmea-replay';

// Replays an NMEA log as if a receiver were sending it: each line at the moment its epoch's UTC time says, sped up
// by a factor for training and demos, through the same stream parser a serial port uses. The clock is injectable
// (schedule/cancel) so tests replay a whole walk in no time and still check the timing.
import { applySentence, EMPTY_FIX, type GnssFix } from './gnss-fix';
import { createNmeaStream } from './nmea-stream';
import { parseNmeaSentence } from './parse-nmea-sentence';

export interface TimedLine {
  /** Milliseconds after the log's first epoch. */
  readonly atMs: number;
  readonly line: string;
}

const DAY_MS = 86_400_000;

// Every runtime Landlink runs on has timers; the ECMAScript lib the pure core compiles against does not declare them.
const timers = globalThis as unknown as { setTimeout(run: () => void, ms: number): unknown; clearTimeout(handle: unknown): void };

/** Every non-empty line with the time it was sent: that of the latest GGA/RMC time seen (lines before it: 0). */
export function timeNmeaLog(text: string): TimedLine[] {
  const timed: TimedLine[] = [];
  let first: number | null = null;
  let previous: number | null = null;
  let days = 0;
  let current = 0;
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (line.trim() === '') continue;
    const parsed = parseNmeaSentence(line);
    if (parsed.ok && (parsed.sentence.kind === 'GGA' || parsed.sentence.kind === 'RMC') && parsed.sentence.time) {
      let ms = timeOfDayMs(parsed.sentence.time);
      if (previous !== null && ms + days * DAY_MS < previous - DAY_MS / 2) days++; // passed midnight UTC
      ms += days * DAY_MS;
      previous = ms;
      if (first === null) first = ms;
      current = Math.max(current, ms - first);
    }
    timed.push({ atMs: current, line });
  }
  return timed;
}

/** The fixes a receiver sending this log would produce, one per GGA/RMC, without waiting. */
export function fixesOfNmeaLog(text: string): GnssFix[] {
  const stream = createNmeaStream();
  const fixes: GnssFix[] = [];
  for (const event of [...stream.push(text), ...stream.flush()]) if (event.kind === 'fix') fixes.push(event.fix);
  return fixes;
}

/** The last fix of each epoch (one per distinct UTC time): what a map shows, one point per second. */
export function epochFixesOfNmeaLog(text: string): GnssFix[] {
  let fix = EMPTY_FIX;
  const epochs: GnssFix[] = [];
  for (const line of text.split(/\r\n|\n|\r/)) {
    const parsed = parseNmeaSentence(line);
    if (!parsed.ok) continue;
    const next = applySentence(fix, parsed.sentence);
    if (fix.utcTime !== null && next.utcTime !== fix.utcTime) epochs.push(fix);
    fix = next;
  }
  if (fix.utcTime !== null) epochs.push(fix);
  return epochs;
}

export interface ReplayOptions {
  /** 1 = real time (default), 10 = ten times faster. */
  readonly speed?: number;
  /** Start again from the beginning after the last line (demos). */
  readonly loop?: boolean;
  onFix(fix: GnssFix): void;
  onError?(error: { line: string; reason: string; detail: string }): void;
  /** After the last line (not called when looping). */
  onEnd?(): void;
  /** The clock: setTimeout/clearTimeout unless given (tests pass a virtual clock). */
  schedule?(run: () => void, ms: number): unknown;
  cancel?(handle: unknown): void;
}

export interface ReplayControl {
  stop(): void;
}

export function replayNmeaLog(text: string, options: ReplayOptions): ReplayControl {
  const speed = options.speed && options.speed > 0 ? options.speed : 1;
  const schedule = options.schedule ?? ((run: () => void, ms: number) => timers.setTimeout(run, ms));
  const cancel = options.cancel ?? ((handle: unknown) => timers.clearTimeout(handle));
  const lines = timeNmeaLog(text);
  let stream = createNmeaStream();
  let index = 0;
  let handle: unknown = null;
  let stopped = false;

  function sendDue(): void {
    if (stopped) return;
    const now = lines[index]?.atMs ?? 0;
    while (index < lines.length && lines[index]!.atMs === now) {
      for (const event of stream.push(`${lines[index]!.line}\r\n`)) {
        if (event.kind === 'fix') options.onFix(event.fix);
        else options.onError?.(event.error);
        if (stopped) return;
      }
      index++;
    }
    if (index < lines.length) {
      handle = schedule(sendDue, (lines[index]!.atMs - now) / speed);
    } else if (options.loop && lines.length > 0) {
      index = 0;
      stream = createNmeaStream();
      handle = schedule(sendDue, 1000 / speed);
    } else {
      handle = null;
      options.onEnd?.();
    }
  }

  handle = schedule(sendDue, 0);
  return {
    stop() {
      stopped = true;
      if (handle !== null) cancel(handle);
      handle = null;
    },
  };
}

function timeOfDayMs(time: string): number {
  const [h, m, s] = time.split(':').map(Number) as [number, number, number];
  return Math.round(((h * 60 + m) * 60 + s) * 1000);
}

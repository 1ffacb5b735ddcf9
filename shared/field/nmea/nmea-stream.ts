// Serial chunks in, fixes out. A serial port delivers bytes in arbitrary pieces: a sentence may arrive in three
// chunks, two sentences in one. The stream keeps the unfinished tail until its line ends (\r\n, \n or \r), parses
// each complete line, folds it into the current fix, and reports a fix after each position-bearing sentence (GGA,
// RMC) and an error for each refused line, so the UI can show "3 garbled sentences" instead of a wrong position.
import { applySentence, EMPTY_FIX, type GnssFix } from './gnss-fix';
import { parseNmeaSentence, type NmeaErrorReason, type NmeaParseOptions } from './parse-nmea-sentence';

export type NmeaStreamEvent =
  | { readonly kind: 'fix'; readonly fix: GnssFix }
  | { readonly kind: 'error'; readonly error: { readonly line: string; readonly reason: NmeaErrorReason; readonly detail: string } };

export interface NmeaStream {
  push(chunk: string | Uint8Array): NmeaStreamEvent[];
  /** Parses what is left without a line end (end of a log file). */
  flush(): NmeaStreamEvent[];
  current(): GnssFix;
}

/** A line this long without a line end is noise (wrong baud rate), not a sentence (NMEA allows 82 characters). */
const MAX_LINE = 512;

export function createNmeaStream(options: NmeaParseOptions = {}): NmeaStream {
  const decoder = new TextDecoder('latin1');
  let tail = '';
  let fix: GnssFix = EMPTY_FIX;

  function handle(line: string, events: NmeaStreamEvent[]): void {
    if (line.trim() === '') return;
    const parsed = parseNmeaSentence(line, options);
    if (!parsed.ok) {
      events.push({ kind: 'error', error: { line: parsed.line, reason: parsed.reason, detail: parsed.detail } });
      return;
    }
    fix = applySentence(fix, parsed.sentence);
    if (parsed.sentence.kind === 'GGA' || parsed.sentence.kind === 'RMC') events.push({ kind: 'fix', fix });
  }

  return {
    push(chunk) {
      tail += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      const events: NmeaStreamEvent[] = [];
      const lines = tail.split(/\r\n|\n|\r/);
      tail = lines.pop() ?? '';
      // A lone \r at the end of a chunk may be the first half of \r\n: handled because '' lines are skipped.
      for (const line of lines) handle(line, events);
      if (tail.length > MAX_LINE) {
        events.push({ kind: 'error', error: { line: tail.slice(0, 80), reason: 'malformed', detail: `${tail.length} characters without a line end: check the baud rate` } });
        tail = '';
      }
      return events;
    },
    flush() {
      const events: NmeaStreamEvent[] = [];
      const rest = tail;
      tail = '';
      handle(rest, events);
      return events;
    },
    current: () => fix,
  };
}

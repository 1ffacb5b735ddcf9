// The NMEA 0183 checksum: XOR of every character between `$` and `*`, written as two hex digits. A receiver on a
// noisy serial line garbles characters; the checksum is how a wrong position is told from a right one.
export function nmeaChecksum(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum ^= body.charCodeAt(i) & 0xff;
  return sum.toString(16).toUpperCase().padStart(2, '0');
}

/** `GPGGA,…` → `$GPGGA,…*HH`. */
export function withChecksum(body: string): string {
  return `$${body}*${nmeaChecksum(body)}`;
}

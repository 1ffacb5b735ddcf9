// The calendar day an instant falls on in the county (Beijing time, UTC+8, no daylight saving): "today's
// verification" of a house is the one of that day there, not of the UTC day.
const CHINA_OFFSET_MS = 8 * 3_600_000;

export function chinaDate(iso: string | Date): string {
  const ms = typeof iso === 'string' ? Date.parse(iso) : iso.getTime();
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

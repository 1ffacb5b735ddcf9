// Field dates are China dates (UTC+8): a check at 07:30 in the village is that day's, whatever the laptop's zone.
const CHINA_OFFSET_MS = 8 * 3600_000;

/** `YYYY-MM-DD` in China time of an ISO time (or now). */
export function chinaDate(iso?: string | null): string {
  const time = iso ? Date.parse(iso) : Date.now();
  return new Date((Number.isFinite(time) ? time : Date.now()) + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Today's verification of an entity (the newest one dated today), to complete instead of adding another. */
export function todaysVerification(rows: readonly Record<string, unknown>[], table: string, code: string, today = chinaDate()): Record<string, unknown> | null {
  const mine = rows.filter((r) => r.entity_table === table && r.entity_code === code && chinaDate(String(r.verified_at ?? '')) === today);
  mine.sort((a, b) => String(b.verified_at ?? '').localeCompare(String(a.verified_at ?? '')));
  return mine[0] ?? null;
}

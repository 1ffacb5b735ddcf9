// Reading rates and shares typed by people: "4.41%" and "0.0441" both mean 0.0441. A bare number above 1 ("4.41")
// is refused rather than guessed: 4.41 could be a percent or a typo, and a rate off by 100× ruins a schedule.

export type ParsedShare = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly reason: string };

/**
 * @param allowNegative  for changes such as a price drop ("-20%" or "-0.2")
 * @param allowAboveOne  for changes that may exceed 100 % ("+150%" or "1.5"); a bare number is then taken as a fraction
 */
export function parseShare(text: string, options: { allowNegative?: boolean; allowAboveOne?: boolean } = {}): ParsedShare {
  const trimmed = text.trim().replace(/^\+/, '');
  const match = /^(-?)(\d+(?:\.\d+)?|\.\d+)(%?)$/.exec(trimmed);
  if (!match) return { ok: false, reason: `“${text}” is not a number or a percentage` };
  const negative = match[1] === '-';
  const magnitude = Number(match[2]);
  const percent = match[3] === '%';
  if (negative && !options.allowNegative) return { ok: false, reason: `“${text}” is negative` };
  const value = (negative ? -1 : 1) * (percent ? magnitude / 100 : magnitude);
  if (!percent && Math.abs(value) > 1 && !options.allowAboveOne) {
    return { ok: false, reason: `“${text}” is ambiguous: write it as a percentage (${text}%) or as a fraction (${String(magnitude / 100)})` };
  }
  return { ok: true, value: Number(value.toPrecision(15)) };
}

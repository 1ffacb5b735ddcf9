// DBF field names hold at most 10 bytes in the file's encoding: 3 Chinese characters in UTF-8, 5 in GBK. Names are
// cut at a character boundary (never half a character, which would garble the name in every GIS) and made unique
// after cutting (面积亩合计 and 面积亩小计 would both become 面积亩 in UTF-8): a suffix _1, _2… replaces the end.
import { encodeText, type TextEncodingName } from '../text/encode-text';

export const DBF_FIELD_NAME_BYTES = 10;

/** The longest prefix of `text` (whole characters) whose encoding fits in `maxBytes`, and its bytes. */
export function truncateToBytes(text: string, maxBytes: number, encoding: TextEncodingName): { text: string; bytes: Uint8Array } {
  const whole = encodeText(text, encoding);
  if (whole.length <= maxBytes) return { text, bytes: whole };
  let kept = '';
  let length = 0;
  for (const char of text) {
    const size = encodeText(char, encoding).length;
    if (length + size > maxBytes) break;
    kept += char;
    length += size;
  }
  return { text: kept, bytes: encodeText(kept, encoding) };
}

/** Source name → DBF field name, for every name, in order; names are unique ignoring case, as GIS tools compare them. */
export function dbfFieldNames(names: readonly string[], encoding: TextEncodingName): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const name of names) {
    const clean = name.replace(/[\s\u0000]+/g, '_') || 'field';
    let candidate = truncateToBytes(clean, DBF_FIELD_NAME_BYTES, encoding).text;
    for (let i = 1; used.has(candidate.toUpperCase()); i++) {
      const suffix = `_${i}`;
      candidate = truncateToBytes(clean, DBF_FIELD_NAME_BYTES - suffix.length, encoding).text + suffix;
    }
    used.add(candidate.toUpperCase());
    out.set(name, candidate);
  }
  return out;
}

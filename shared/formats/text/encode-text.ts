// Encodes text as UTF-8 or GBK. TextEncoder only speaks UTF-8, so the GBK table is built once, lazily, by asking
// the runtime's own GBK decoder for every two-byte code (every runtime Landlink runs on decodes GBK): no table to
// ship, and the writer agrees byte for byte with the reader. Characters GBK cannot hold become '?'.

export type TextEncodingName = 'utf-8' | 'gbk';

let gbkTable: Map<number, number> | undefined;

function buildGbkTable(): Map<number, number> {
  const table = new Map<number, number>();
  const decoder = new TextDecoder('gbk');
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const text = decoder.decode(pair);
      const code = text.codePointAt(0)!;
      if (text.length === 1 && code !== 0xfffd && !table.has(code)) table.set(code, (lead << 8) | trail);
    }
  table.set(0x20ac, 0x80); // € is the single byte 0x80 in code page 936
  return table;
}

export function encodeGbk(text: string): Uint8Array {
  gbkTable ??= buildGbkTable();
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) out[n++] = code;
    else {
      const bytes = gbkTable.get(code);
      if (bytes === undefined) out[n++] = 0x3f;
      else if (bytes < 0x100) out[n++] = bytes;
      else {
        out[n++] = bytes >> 8;
        out[n++] = bytes & 0xff;
      }
    }
  }
  return out.slice(0, n);
}

/** Whether every character of the text has a GBK code (else the writer would put '?'). */
export function fitsGbk(text: string): boolean {
  gbkTable ??= buildGbkTable();
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x80 && !gbkTable.has(code)) return false;
  }
  return true;
}

const utf8 = new TextEncoder();

export function encodeText(text: string, encoding: TextEncodingName): Uint8Array {
  return encoding === 'gbk' ? encodeGbk(text) : utf8.encode(text);
}

/** The encoding name from what the user typed (`--encoding GBK`, `cp936`, `UTF-8`), or undefined. */
export function writableEncoding(text: string): TextEncodingName | undefined {
  const t = text.trim().toUpperCase();
  if (/^(UTF-?8|65001)$/.test(t)) return 'utf-8';
  if (/^(GBK|CP936|936|GB2312|MS936|WINDOWS-936)$/.test(t)) return 'gbk';
  return undefined;
}

// Reading pixels back for print tests: pdftoppm's PPM output (P6) and the PNGs Chromium writes (8-bit RGB/RGBA,
// not interlaced), decoded with fflate, so a test can tell a drawn map from a blank frame.
import { execFileSync } from 'node:child_process';
import { unzlibSync } from 'fflate';

export interface Pixels {
  readonly width: number;
  readonly height: number;
  /** RGB, 3 bytes per pixel. */
  readonly rgb: Uint8Array;
}

/** Renders one PDF page with poppler at `dpi` and returns its pixels. */
export function pdfPagePixels(pdf: string, page: number, dpi: number): Pixels {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), pdf], { maxBuffer: 512 * 2 ** 20 });
  return parsePpm(new Uint8Array(ppm));
}

export function parsePpm(bytes: Uint8Array): Pixels {
  // Header: "P6\n<w> <h>\n<max>\n" (whitespace-separated, no comments from pdftoppm).
  let offset = 0;
  const tokens: string[] = [];
  while (tokens.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[offset]!))) offset++;
    let token = '';
    while (!/\s/.test(String.fromCharCode(bytes[offset]!))) token += String.fromCharCode(bytes[offset++]!);
    tokens.push(token);
  }
  offset++;
  if (tokens[0] !== 'P6') throw new Error(`not a binary PPM (${tokens[0]})`);
  const width = Number(tokens[1]), height = Number(tokens[2]);
  return { width, height, rgb: bytes.subarray(offset, offset + width * height * 3) };
}

export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0) !== 0x89504e47) throw new Error('not a PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export function decodePng(bytes: Uint8Array): Pixels {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { width, height } = pngSize(bytes);
  const bitDepth = bytes[24]!, colourType = bytes[25]!, interlace = bytes[28]!;
  if (bitDepth !== 8 || (colourType !== 2 && colourType !== 6) || interlace !== 0) throw new Error(`unsupported PNG (depth ${bitDepth}, colour type ${colourType}, interlace ${interlace})`);
  const channels = colourType === 6 ? 4 : 3;
  const parts: Uint8Array[] = [];
  for (let offset = 8; offset < bytes.length; ) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (type === 'IDAT') parts.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) joined.set(p, (at += p.length) - p.length);
  const raw = unzlibSync(joined);
  const stride = width * channels;
  const out = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[y * stride + x - channels]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels]! : 0;
      let value = line[x]!;
      if (filter === 1) value += a;
      else if (filter === 2) value += b;
      else if (filter === 3) value += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        value += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      out[y * stride + x] = value & 0xff;
    }
  }
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) rgb.set(out.subarray(i * channels, i * channels + 3), i * 3);
  return { width, height, rgb };
}

/** Share of non-white pixels and count of distinct colours (quantised) in a rectangle given as fractions of the image. */
export function inkIn(pixels: Pixels, rect: { x: number; y: number; w: number; h: number }): { ink: number; colours: number } {
  const x0 = Math.floor(rect.x * pixels.width), x1 = Math.floor((rect.x + rect.w) * pixels.width);
  const y0 = Math.floor(rect.y * pixels.height), y1 = Math.floor((rect.y + rect.h) * pixels.height);
  let ink = 0, total = 0;
  const colours = new Set<number>();
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * pixels.width + x) * 3;
      const r = pixels.rgb[i]!, g = pixels.rgb[i + 1]!, b = pixels.rgb[i + 2]!;
      total++;
      if (r < 240 || g < 240 || b < 240) ink++;
      colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
    }
  }
  return { ink: total ? ink / total : 0, colours: colours.size };
}

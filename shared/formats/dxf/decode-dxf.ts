// The text of a DXF file. AutoCAD 2007 and later (AC1021+) write UTF-8; older drawings write the code page their
// header names ($DWGCODEPAGE ANSI_936 = GBK on Chinese Windows) and may escape characters as \U+XXXX. GDAL writes
// UTF-8 whatever the header says. So: strict UTF-8 first, then the declared code page.
import type { EncodingChoice } from '../shapefile/dbf-encoding';
import { decodeText } from '../text/decode-text';

const CODE_PAGES: Record<string, string> = { ANSI_936: 'gbk', ANSI_950: 'big5', ANSI_1252: 'windows-1252', ANSI_932: 'shift_jis' };

export function decodeDxf(bytes: Uint8Array, override: string | undefined, name: string): { text: string; encoding: EncodingChoice } {
  if (override) return decodeText(bytes, { override, name });
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8192));
  const page = /\$DWGCODEPAGE\s*\r?\n\s*3\s*\r?\n\s*(\S+)/.exec(head)?.[1]?.toUpperCase();
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), encoding: { name: 'utf-8', how: { en: 'The drawing decodes as valid UTF-8 (AutoCAD 2007 and later, GDAL).', zh: '图形文件可按 UTF-8 正确解码（AutoCAD 2007 及以后版本、GDAL）。' } } };
  } catch {
    const label = (page && CODE_PAGES[page]) ?? 'gbk';
    return {
      text: new TextDecoder(label).decode(bytes),
      encoding: { name: label, how: { en: `The drawing is not UTF-8; read as ${label}${page ? ` because its header says $DWGCODEPAGE ${page}` : ' (no code page in its header; what Chinese AutoCAD writes)'}.`, zh: `图形文件不是 UTF-8；按 ${label} 读取${page ? `（文件头 $DWGCODEPAGE 为 ${page}）` : '（文件头未注明代码页，按中文版 AutoCAD 的编码）'}。` } },
    };
  }
}

/** A CAD string as people read it: \U+XXXX escapes decoded, MTEXT formatting codes removed. */
export function plainCadText(raw: string): string {
  return raw
    .replace(/\\U\+([0-9A-Fa-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\[Pp~]/g, ' ') // paragraph break, non-breaking space
    .replace(/\\[A-Za-z][^;\\{}]*;/g, '')
    .replace(/\\[LlOoKk]/g, '')
    .replace(/[{}]/g, '')
    .replace(/%%[cCdDpP]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

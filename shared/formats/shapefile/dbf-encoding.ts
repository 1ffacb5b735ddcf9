// Which text encoding a DBF uses, in the order of evidence of DOMAIN.md: the .cpg, the DBF language driver byte
// (29; 0x4D and 0x7A mean code page 936, GBK), then whether every text decodes as strict UTF-8, else GBK. Many GBK
// shapefiles ship without a .cpg; UTF-8 text almost never decodes as valid GBK-only bytes and vice versa.

export interface EncodingChoice {
  /** A TextDecoder label: 'utf-8' or 'gbk' (or what the .cpg names). */
  readonly name: string;
  readonly how: { readonly en: string; readonly zh: string };
}

/** The TextDecoder label for a .cpg's content, or undefined when it names nothing usable. */
export function encodingFromCpg(cpg: string): string | undefined {
  const text = cpg.trim().toUpperCase().replace(/^ANSI\s+/, '');
  if (/^(UTF-?8|65001)$/.test(text)) return 'utf-8';
  if (/^(GBK|CP936|936|GB2312|GB_2312-80|GB18030|MS936|WINDOWS-936)$/.test(text)) return text === 'GB18030' ? 'gb18030' : 'gbk';
  if (/^(BIG5|950|CP950)$/.test(text)) return 'big5';
  if (/^(LATIN1|ISO-8859-1|1252|CP1252|WINDOWS-1252)$/.test(text)) return 'windows-1252';
  try {
    return new TextDecoder(text.toLowerCase()).encoding;
  } catch {
    return undefined;
  }
}

function decodesAsUtf8(chunks: readonly Uint8Array[]): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (const chunk of chunks) decoder.decode(chunk);
    return true;
  } catch {
    return false;
  }
}

/** Chooses the encoding; `textChunks` gives the raw bytes of the DBF's text fields (and field names), read only when needed. */
export function chooseDbfEncoding(options: { cpg?: string; languageDriver: number; textChunks: () => readonly Uint8Array[]; override?: string }): EncodingChoice {
  if (options.override) return { name: encodingFromCpg(options.override) ?? options.override, how: { en: `--encoding ${options.override} was given.`, zh: `已指定 --encoding ${options.override}。` } };
  if (options.cpg !== undefined) {
    const fromCpg = encodingFromCpg(options.cpg);
    if (fromCpg) return { name: fromCpg, how: { en: `The .cpg file says "${options.cpg.trim()}".`, zh: `.cpg 文件注明“${options.cpg.trim()}”。` } };
  }
  if (options.languageDriver === 0x4d || options.languageDriver === 0x7a)
    return { name: 'gbk', how: { en: `No usable .cpg; the DBF language byte is 0x${options.languageDriver.toString(16).toUpperCase()} (code page 936, GBK).`, zh: `无可用 .cpg；DBF 语言标识字节为 0x${options.languageDriver.toString(16).toUpperCase()}（代码页 936，GBK）。` } };
  const textChunks = options.textChunks();
  const hasNonAscii = textChunks.some((chunk) => chunk.some((b) => b >= 0x80));
  if (!hasNonAscii) return { name: 'utf-8', how: { en: 'No .cpg and no language byte; all text is plain ASCII.', zh: '无 .cpg 和语言标识；文本均为 ASCII 字符。' } };
  if (decodesAsUtf8(textChunks))
    return { name: 'utf-8', how: { en: 'No .cpg and no language byte; all text decodes as valid UTF-8.', zh: '无 .cpg 和语言标识；文本均可按 UTF-8 正确解码。' } };
  return { name: 'gbk', how: { en: 'No .cpg and no language byte; the text is not valid UTF-8, so it is read as GBK (the usual encoding of Chinese shapefiles). If the text looks wrong, give --encoding.', zh: '无 .cpg 和语言标识；文本不是有效 UTF-8，按 GBK（国内 shapefile 常用编码）读取。如出现乱码，请用 --encoding 指定。' } };
}

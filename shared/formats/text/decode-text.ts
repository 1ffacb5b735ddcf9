// Decodes a text file (CSV, TSV, KML) whose encoding nobody declared: a byte-order mark first, then strict UTF-8,
// else GBK, which is what Excel and WPS on a Chinese Windows save "CSV" as. `override` (`--encoding`) wins.
import { encodingFromCpg, type EncodingChoice } from '../shapefile/dbf-encoding';
import { FormatReadError } from '../read-error';

export interface DecodedText {
  readonly text: string;
  readonly encoding: EncodingChoice;
}

function decoderFor(label: string, name: string): InstanceType<typeof TextDecoder> {
  try {
    return new TextDecoder(label);
  } catch {
    throw new FormatReadError(`The text encoding "${label}" given for ${name} is not one Landlink can read; give UTF-8 or GBK.`, `为 ${name} 指定的文本编码“${label}”无法识别；请指定 UTF-8 或 GBK。`);
  }
}

export function decodeText(bytes: Uint8Array, options: { override?: string; name?: string; declared?: string } = {}): DecodedText {
  const name = options.name ?? 'the file';
  if (options.override) {
    const label = encodingFromCpg(options.override) ?? options.override;
    const text = decoderFor(label, name).decode(bytes).replace(/^\uFEFF/, '');
    return { text, encoding: { name: label, how: { en: `--encoding ${options.override} was given.`, zh: `已指定 --encoding ${options.override}。` } } };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: { name: 'utf-8', how: { en: 'The file starts with a UTF-8 byte-order mark.', zh: '文件以 UTF-8 字节顺序标记（BOM）开头。' } } };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: { name: 'utf-16le', how: { en: 'The file starts with a UTF-16 (little-endian) byte-order mark.', zh: '文件以 UTF-16（小端）字节顺序标记开头。' } } };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: { name: 'utf-16be', how: { en: 'The file starts with a UTF-16 (big-endian) byte-order mark.', zh: '文件以 UTF-16（大端）字节顺序标记开头。' } } };
  if (options.declared) {
    const label = encodingFromCpg(options.declared);
    if (label) return { text: decoderFor(label, name).decode(bytes), encoding: { name: label, how: { en: `The file declares encoding "${options.declared}".`, zh: `文件声明编码为“${options.declared}”。` } } };
  }
  if (!bytes.some((b) => b >= 0x80)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: { name: 'utf-8', how: { en: 'All text is plain ASCII.', zh: '文本均为 ASCII 字符。' } } };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: { name: 'utf-8', how: { en: 'No byte-order mark; all text decodes as valid UTF-8.', zh: '无字节顺序标记；文本均可按 UTF-8 正确解码。' } } };
  } catch {
    return {
      text: new TextDecoder('gbk').decode(bytes),
      encoding: { name: 'gbk', how: { en: 'No byte-order mark and the text is not valid UTF-8, so it is read as GBK (what Excel saves on Chinese Windows). If the text looks wrong, give --encoding.', zh: '无字节顺序标记且文本不是有效 UTF-8，按 GBK（中文 Windows 下 Excel 的保存编码）读取。如出现乱码，请用 --encoding 指定。' } },
    };
  }
}

// CSV and TSV tables of points or corner points: text decoded (BOM, UTF-8, else GBK: what Excel saves on Chinese
// Windows), split by papaparse (quotes, delimiter guessed among , ; tab |), then shared/formats/table.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- every layer's tsconfig (tests too) must see this declaration
/// <reference path="../../types/papaparse.d.ts" />
import Papa from 'papaparse';
import type { EncodingChoice } from '../shapefile/dbf-encoding';
import { FormatReadError } from '../read-error';
import { typedCell } from '../table/cell-value';
import { tableToLayer, type TableLayer, type TableReadOptions } from '../table/table-to-layer';
import { decodeText } from '../text/decode-text';

export interface CsvReadOptions extends TableReadOptions {
  /** `--encoding`: overrides detection. */
  readonly encoding?: string;
  /** Force a delimiter; by default `.tsv` files use tab and others are guessed. */
  readonly delimiter?: string;
}

export function readCsv(bytes: Uint8Array, name = 'table.csv', options: CsvReadOptions = {}): TableLayer & { encoding: EncodingChoice } {
  if (bytes.byteLength === 0) throw new FormatReadError(`${name} is empty.`, `${name} 是空文件。`);
  const { text, encoding } = decodeText(bytes, { name, ...(options.encoding ? { override: options.encoding } : {}) });
  const delimiter = options.delimiter ?? (/\.(tsv|tab)$/i.test(name) ? '\t' : undefined);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', ...(delimiter ? { delimiter } : { delimitersToGuess: [',', '\t', ';', '|'] }) });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal)
    throw new FormatReadError(`${name} has an unclosed quote near row ${(fatal.row ?? 0) + 1}; check that the file is complete.`, `${name} 第 ${(fatal.row ?? 0) + 1} 行附近有未闭合的引号；请检查文件是否完整。`);
  const rows = parsed.data.map((row) => row.map(typedCell));
  const layer = tableToLayer(name.replace(/\.[^.]+$/, ''), rows, options);
  return { ...layer, encoding };
}

// CSV and TSV tables of points or corner points: text decoded (BOM, UTF-8, else GBK: what Excel saves on Chinese
// Windows), split by papaparse (quotes, delimiter guessed among , ; tab |), then shared/formats/table.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- every layer's tsconfig (tests too) must see this declaration
/// <reference path="../../types/papaparse.d.ts" />
import Papa from 'papaparse';
import type { EncodingChoice } from '../shapefile/dbf-encoding';
import { CHUNK, step } from '../progress';
import { FormatReadError } from '../read-error';

/** The progress bar's scale for each of the two halves (splitting rows, making features). */
const HALF = 1000;
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
  // Row by row, so that a 100,000-row table shows its progress while it is split (the first half of the bar; turning
  // rows into features is the second).
  const rows: ReturnType<typeof typedCell>[][] = [];
  let fatalRow: number | undefined;
  let reported = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    ...(delimiter ? { delimiter } : { delimitersToGuess: [',', '\t', ';', '|'] }),
    step: (result) => {
      if (fatalRow === undefined && result.errors.some((e) => e.type === 'Quotes')) fatalRow = rows.length;
      rows.push(result.data.map(typedCell));
      if (rows.length - reported >= CHUNK) {
        reported = rows.length;
        step(options, Math.round((result.meta.cursor / text.length) * HALF), 2 * HALF);
      }
    },
  });
  if (fatalRow !== undefined)
    throw new FormatReadError(`${name} has an unclosed quote near row ${fatalRow + 1}; check that the file is complete.`, `${name} 第 ${fatalRow + 1} 行附近有未闭合的引号；请检查文件是否完整。`);
  const onProgress = options.onProgress;
  const layer = tableToLayer(name.replace(/\.[^.]+$/, ''), rows, {
    ...options,
    ...(onProgress ? { onProgress: (done: number, total: number) => onProgress(HALF + Math.round((total > 0 ? done / total : 1) * HALF), 2 * HALF) } : {}),
  });
  return { ...layer, encoding };
}

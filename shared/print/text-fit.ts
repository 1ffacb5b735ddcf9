// Type sizes that make the legend and the summary table fit their boxes, shared by the HTML page and the PNG
// painter so both print the same. Sizes in pt; 1 pt = 0.3528 mm.
import type { Box } from './page-layout';

export const MM_PER_PT = 25.4 / 72;
export const TABLE_LINE = 1.45;
export const LEGEND_LINE = 1.55;

export function tableFontPt(box: Box, rows: number, columns: number, basePt: number): number {
  const byHeight = box.h / ((rows + 3.6) * MM_PER_PT * TABLE_LINE);
  const byWidth = box.w / (columns * 5.4 * MM_PER_PT);
  return Math.max(4, Math.min(basePt, byHeight, byWidth));
}

export function legendColumns(box: Box, items: number, basePt: number): number {
  return (items + 1) * basePt * MM_PER_PT * LEGEND_LINE > box.h ? 2 : 1;
}

export function legendFontPt(box: Box, items: number, basePt: number): number {
  const columns = legendColumns(box, items, basePt);
  return Math.min(basePt, box.h / (Math.ceil(items / columns) + 1.3) / (MM_PER_PT * LEGEND_LINE));
}

// Where everything sits on the page, in millimetres from the top-left corner: title, map frame (with the north
// arrow and scale bar over its corners), overview inset, legend, summary table, footer and the blank seal area.
// The HTML print page and the PNG painter both place their parts from this one layout.
import type { PaperSize } from './paper';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface PageLayout {
  readonly paper: PaperSize;
  /** Type size of body text in pt; titles and tables scale from it (A3 prints larger). */
  readonly fontPt: number;
  readonly title: Box;
  readonly map: Box;
  readonly northArrow: Box;
  readonly scaleBar: Box;
  readonly inset: Box;
  readonly legend: Box;
  readonly table: Box;
  readonly seal: Box;
  readonly footer: Box;
}

const MARGIN = 10;
const GAP = 4;

export function pageLayout(paper: PaperSize): PageLayout {
  const k = paper.paper === 'A3' ? Math.SQRT2 : 1;
  const W = paper.widthMm, H = paper.heightMm;
  const titleH = 18 * k;
  const footerH = 7 * k;
  const title: Box = { x: MARGIN, y: MARGIN, w: W - 2 * MARGIN, h: titleH };
  const footer: Box = { x: MARGIN, y: H - MARGIN - footerH, w: W - 2 * MARGIN, h: footerH };
  const bodyY = title.y + title.h + GAP;
  const bodyH = footer.y - GAP - bodyY;
  const sealSide = 32 * k;
  let map: Box, inset: Box, legend: Box, table: Box, seal: Box;
  if (paper.orientation === 'landscape') {
    // Right column: overview inset, then legend beside the seal area, then the summary table to the bottom.
    const sideW = 100 * k;
    map = { x: MARGIN, y: bodyY, w: W - 2 * MARGIN - sideW - GAP, h: bodyH };
    const sideX = map.x + map.w + GAP;
    inset = { x: sideX, y: bodyY, w: sideW, h: sideW * 0.5 };
    const rowY = inset.y + inset.h + GAP;
    seal = { x: sideX + sideW - sealSide, y: rowY, w: sealSide, h: sealSide };
    legend = { x: sideX, y: rowY, w: sideW - sealSide - GAP, h: sealSide };
    const tableY = rowY + sealSide + GAP;
    table = { x: sideX, y: tableY, w: sideW, h: bodyY + bodyH - tableY };
  } else {
    // Lower band: inset over legend on the left; the summary table on the right with the seal area below it.
    const lowerH = bodyH * 0.4;
    map = { x: MARGIN, y: bodyY, w: W - 2 * MARGIN, h: bodyH - lowerH - GAP };
    const lowerY = map.y + map.h + GAP;
    const leftW = (W - 2 * MARGIN) * 0.32;
    const insetH = Math.min(leftW * 0.75, lowerH * 0.55);
    inset = { x: MARGIN, y: lowerY, w: leftW, h: insetH };
    legend = { x: MARGIN, y: lowerY + insetH + GAP, w: leftW, h: lowerH - insetH - GAP };
    const rightX = MARGIN + leftW + GAP;
    const rightW = W - MARGIN - rightX;
    seal = { x: W - MARGIN - sealSide, y: lowerY + lowerH - sealSide, w: sealSide, h: sealSide };
    table = { x: rightX, y: lowerY, w: rightW, h: lowerH - sealSide - GAP };
  }
  const arrow = 14 * k;
  const northArrow: Box = { x: map.x + map.w - arrow - 3, y: map.y + 3, w: arrow, h: arrow * 1.3 };
  const scaleBar: Box = { x: map.x + 3, y: map.y + map.h - 14 * k - 3, w: Math.min(70 * k, map.w * 0.45), h: 14 * k };
  return { paper, fontPt: 8 * k, title, map, northArrow, scaleBar, inset, legend, table, seal, footer };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.w - 1e-9 && b.x < a.x + a.w - 1e-9 && a.y < b.y + b.h - 1e-9 && b.y < a.y + a.h - 1e-9;
}

export function boxInside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x - 1e-9 && inner.y >= outer.y - 1e-9 && inner.x + inner.w <= outer.x + outer.w + 1e-9 && inner.y + inner.h <= outer.y + outer.h + 1e-9;
}

// Paper for meeting maps: A4 and A3, portrait or landscape, in millimetres (ISO 216), and the layout ids the CLI and
// the print view share (`A3-landscape`, …).
export type PaperName = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';
export type LayoutId = `${PaperName}-${Orientation}`;

export const LAYOUT_IDS: readonly LayoutId[] = ['A4-portrait', 'A4-landscape', 'A3-portrait', 'A3-landscape'];

/** Width × height in mm, portrait. */
const PORTRAIT_MM: Readonly<Record<PaperName, readonly [number, number]>> = { A4: [210, 297], A3: [297, 420] };

export interface PaperSize {
  readonly paper: PaperName;
  readonly orientation: Orientation;
  readonly widthMm: number;
  readonly heightMm: number;
}

export function paperSize(paper: PaperName, orientation: Orientation): PaperSize {
  const [w, h] = PORTRAIT_MM[paper];
  return orientation === 'portrait' ? { paper, orientation, widthMm: w, heightMm: h } : { paper, orientation, widthMm: h, heightMm: w };
}

export function isLayoutId(value: string): value is LayoutId {
  return (LAYOUT_IDS as readonly string[]).includes(value);
}

export function paperOfLayout(id: LayoutId): PaperSize {
  const [paper, orientation] = id.split('-') as [PaperName, Orientation];
  return paperSize(paper, orientation);
}

export function layoutIdOf(paper: PaperName, orientation: Orientation): LayoutId {
  return `${paper}-${orientation}`;
}

/** PostScript points (1/72 in) per millimetre: what `pdfinfo` reports page sizes in. */
export const POINTS_PER_MM = 72 / 25.4;
/** CSS pixels (1/96 in) per millimetre. */
export const CSS_PX_PER_MM = 96 / 25.4;

/** The resolutions offered for the map image: 150 DPI for email and screens, 300 DPI for print. */
export const PRINT_DPIS = [150, 300] as const;
export const MIN_DPI = 72;
export const MAX_DPI = 600;

/** Device pixels for a length on paper at a resolution. */
export function pixelsForMm(mm: number, dpi: number): number {
  return Math.round((mm / 25.4) * dpi);
}

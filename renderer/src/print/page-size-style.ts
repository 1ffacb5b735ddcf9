// The @page rule for the chosen paper: Chromium's page.pdf (preferCSSPageSize), Electron's printToPDF and the
// browser's print dialog all take the sheet size from it, with no margin (the layout has its own).
import type { PaperSize } from '../../../shared/print/paper';

const STYLE_ID = 'landlink-print-page-size';

export function applyPageSize(paper: PaperSize): void {
  let style = document.getElementById(STYLE_ID) as HTMLStyleElement | null;
  if (!style) {
    style = document.createElement('style');
    style.id = STYLE_ID;
    document.head.appendChild(style);
  }
  style.textContent = `@page { size: ${paper.widthMm}mm ${paper.heightMm}mm; margin: 0; }`;
}

// PNG export for slides: each page painted on a canvas at the chosen DPI from the same layout as the HTML page
// (shared/print/page-layout.ts), text drawn in the bundled Noto Sans SC. One page gives a .png; an atlas gives a
// .zip with one PNG per page.
import { zipSync } from 'fflate';
import type { FeatureCollection, Position } from 'geojson';
import type { ProjectView } from '../worker/project-protocol';
import type { Box } from '../../../shared/print/page-layout';
import type { PrintData } from '../../../shared/print/print-data';
import type { PageSpec, PrintJob } from '../../../shared/print/print-pages';
import { CSS_PX_PER_MM } from '../../../shared/print/paper';
import { formatScale, scaleBar } from '../../../shared/print/print-scale';
import type { PrintSettings } from '../../../shared/print/print-settings';
import { legendColumns, legendFontPt, MM_PER_PT, tableFontPt, TABLE_LINE, LEGEND_LINE } from '../../../shared/print/text-fit';
import { TEMPLATES } from '../../../shared/print/templates';
import { project } from '../../../shared/print/web-mercator';
import { loadLabelFont } from '../map/load-label-font';
import { pageTexts, printDate } from './page-texts';
import type { PageTexts } from './PrintPage';
import { legendColour, printMapLayers } from './print-map-style';
import { adminLayer, printSources } from './print-sources';
import { OffscreenMapRenderer, PrintCancelled } from './render-map-image';

export interface PngExportArgs {
  readonly job: PrintJob;
  readonly settings: PrintSettings;
  readonly data: PrintData;
  readonly view: ProjectView;
  readonly language: 'zh' | 'en';
  readonly signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
}

const FONT = '"Noto Sans SC", sans-serif';

export async function exportPagesAsPng(args: PngExportArgs): Promise<Uint8Array> {
  await loadLabelFont();
  const files: Record<string, Uint8Array> = {};
  let first: Uint8Array | null = null;
  args.onProgress?.(0, args.job.pages.length);
  const template = TEMPLATES[args.settings.template];
  const renderer = await OffscreenMapRenderer.create(printMapLayers(template), printSources(args.view, template.layers.includes('linkage_outlines')), args.settings.dpi / 96);
  try {
  for (const [i, page] of args.job.pages.entries()) {
    if (args.signal?.aborted) throw new PrintCancelled();
    const canvas = await paintPage(args, page, renderer);
    const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The page could not be encoded as PNG.'))), 'image/png'));
    canvas.width = 0;
    const bytes = new Uint8Array(await blob.arrayBuffer());
    first ??= bytes;
    files[`${String(i + 1).padStart(2, '0')}-${page.title.replace(/[\\/:*?"<>|]/g, '_')}.png`] = bytes;
    args.onProgress?.(i + 1, args.job.pages.length);
  }
  } finally {
    renderer.dispose();
  }
  return args.job.pages.length === 1 && first ? first : zipSync(files, { level: 0 });
}

async function paintPage(args: PngExportArgs, page: PageSpec, renderer: OffscreenMapRenderer): Promise<HTMLCanvasElement> {
  const { job, settings } = args;
  const { layout } = job;
  const pxPerMm = settings.dpi / 25.4;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.paper.widthMm * pxPerMm);
  canvas.height = Math.round(layout.paper.heightMm * pxPerMm);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('The browser gave no 2D canvas for the PNG.');
  ctx.scale(pxPerMm, pxPerMm);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, layout.paper.widthMm, layout.paper.heightMm);
  const texts = pageTexts();
  const pt = (size: number) => `${size * MM_PER_PT}px ${FONT}`;

  const map = await renderer.render({
    centre: page.view.centre,
    zoom: page.view.zoom,
    widthCss: layout.map.w * CSS_PX_PER_MM,
    heightCss: layout.map.h * CSS_PX_PER_MM,
    scope: page.scope,
    ...(args.signal ? { signal: args.signal } : {}),
  });
  ctx.drawImage(map, layout.map.x, layout.map.y, layout.map.w, layout.map.h);
  map.width = 0;
  ctx.lineWidth = 0.35;
  ctx.strokeStyle = '#000';
  ctx.strokeRect(layout.map.x, layout.map.y, layout.map.w, layout.map.h);

  // Title and subtitle, centred in the title box.
  ctx.fillStyle = '#000';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const t = layout.title;
  ctx.font = pt(layout.fontPt * 2.3);
  ctx.fillText(page.title, t.x + t.w / 2, t.y + t.h * (page.subtitle ? 0.38 : 0.5));
  if (page.subtitle) {
    ctx.font = pt(layout.fontPt * 1.2);
    ctx.fillStyle = '#333';
    ctx.fillText(page.subtitle, t.x + t.w / 2, t.y + t.h * 0.8);
  }

  paintNorthArrow(ctx, layout.northArrow, texts, pt);
  paintScaleBar(ctx, layout.scaleBar, page.view.scale, texts, layout.fontPt, pt);
  paintInset(ctx, layout.inset, adminLayer(args.view), args.data, page, texts, layout.fontPt, pt);
  paintLegend(ctx, layout.legend, page, texts, layout.fontPt, pt);
  paintTable(ctx, layout.table, page, texts, layout.fontPt, pt);

  // Seal area and footer.
  ctx.setLineDash([1.5, 1]);
  ctx.strokeStyle = '#999';
  ctx.lineWidth = 0.25;
  ctx.strokeRect(layout.seal.x, layout.seal.y, layout.seal.w, layout.seal.h);
  ctx.setLineDash([]);
  ctx.fillStyle = '#aaa';
  ctx.textAlign = 'center';
  ctx.font = pt(layout.fontPt);
  ctx.fillText(texts.sealLabel, layout.seal.x + layout.seal.w / 2, layout.seal.y + layout.seal.h / 2);
  const f = layout.footer;
  ctx.strokeStyle = '#555';
  ctx.beginPath();
  ctx.moveTo(f.x, f.y);
  ctx.lineTo(f.x + f.w, f.y);
  ctx.stroke();
  ctx.fillStyle = '#000';
  ctx.font = pt(layout.fontPt * 0.95);
  ctx.textAlign = 'left';
  const unit = `${texts.unitLabel}${settings.producingUnit}`;
  ctx.fillText(unit, f.x, f.y + f.h / 2);
  const date = `${texts.dateLabel}${printDate(args.language)}`;
  ctx.fillText(date, f.x + ctx.measureText(unit).width + 6, f.y + f.h / 2);
  ctx.textAlign = 'right';
  ctx.fillStyle = '#333';
  ctx.fillText(settings.dataSource, f.x + f.w, f.y + f.h / 2, f.w * 0.55);
  return canvas;
}

type Pt = (size: number) => string;

function paintNorthArrow(ctx: CanvasRenderingContext2D, box: Box, texts: PageTexts, pt: Pt): void {
  const s = box.w / 20;
  ctx.save();
  ctx.translate(box.x, box.y);
  ctx.scale(s, s);
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(0, 0, 20, 26);
  ctx.fillStyle = '#000';
  ctx.beginPath();
  ctx.moveTo(10, 8); ctx.lineTo(15, 23); ctx.lineTo(10, 19.5); ctx.closePath(); ctx.fill();
  ctx.fillStyle = '#fff';
  ctx.lineWidth = 0.6;
  ctx.beginPath();
  ctx.moveTo(10, 8); ctx.lineTo(5, 23); ctx.lineTo(10, 19.5); ctx.closePath(); ctx.fill(); ctx.stroke();
  ctx.fillStyle = '#000';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  ctx.font = `6px ${FONT}`;
  ctx.fillText(texts.north, 10, 6.5);
  ctx.restore();
  void pt;
}

function paintScaleBar(ctx: CanvasRenderingContext2D, box: Box, scale: number, texts: PageTexts, fontPt: number, pt: Pt): void {
  ctx.fillStyle = 'rgba(255,255,255,0.88)';
  ctx.fillRect(box.x, box.y, box.w, box.h);
  ctx.fillStyle = '#000';
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.font = pt(fontPt);
  ctx.fillText(`${texts.scaleLabel} ${formatScale(scale)}`, box.x + 1.5, box.y + 0.8);
  const bar = scaleBar(scale, box.w - 8);
  const segment = bar.lengthMm / bar.segments;
  const y = box.y + box.h * 0.5 + 1;
  ctx.lineWidth = 0.2;
  for (let i = 0; i < bar.segments; i++) {
    ctx.fillStyle = i % 2 === 0 ? '#000' : '#fff';
    ctx.fillRect(box.x + 3.5 + i * segment, y, segment, 1.6);
    ctx.strokeRect(box.x + 3.5 + i * segment, y, segment, 1.6);
  }
  ctx.fillStyle = '#000';
  ctx.font = pt(fontPt * 0.9);
  ctx.fillText('0', box.x + 3.5 - 0.8, y + 2);
  ctx.textAlign = 'center';
  ctx.fillText(bar.label, box.x + 3.5 + bar.lengthMm, y + 2);
}

function paintInset(ctx: CanvasRenderingContext2D, box: Box, admin: FeatureCollection | null, data: PrintData, page: PageSpec, texts: PageTexts, fontPt: number, pt: Pt): void {
  const captionH = 4.5;
  const bounds = data.countyBbox ?? page.frame;
  const frame = page.frame;
  const [x0, y0] = project(Math.min(bounds[0], frame[0]), Math.max(bounds[3], frame[3]), 0);
  const [x1, y1] = project(Math.max(bounds[2], frame[2]), Math.min(bounds[1], frame[1]), 0);
  const drawW = box.w, drawH = box.h - captionH;
  const s = Math.min(drawW / (x1 - x0), drawH / (y1 - y0)) * 0.94;
  const ox = box.x + (drawW - (x1 - x0) * s) / 2, oy = box.y + (drawH - (y1 - y0) * s) / 2;
  const toPage = (p: Position): [number, number] => {
    const [x, y] = project(p[0]!, p[1]!, 0);
    return [(x - x0) * s + ox, (y - y0) * s + oy];
  };
  ctx.fillStyle = '#fafafa';
  ctx.fillRect(box.x, box.y, drawW, drawH);
  ctx.beginPath();
  for (const f of admin?.features ?? []) {
    if (f.properties?.level !== 'township' && f.properties?.level !== 'county') continue;
    const rings = f.geometry?.type === 'Polygon' ? f.geometry.coordinates : f.geometry?.type === 'MultiPolygon' ? f.geometry.coordinates.flat() : [];
    for (const ring of rings) {
      const step = Math.max(1, Math.floor(ring.length / 200));
      ring.forEach((p, i) => {
        if (i % step !== 0) return;
        const [x, y] = toPage(p);
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      });
      ctx.closePath();
    }
  }
  ctx.fillStyle = '#ede8dc';
  ctx.fill();
  ctx.strokeStyle = '#7a6f5a';
  ctx.lineWidth = 0.15;
  ctx.stroke();
  const [fx0, fy0] = toPage([frame[0], frame[3]]);
  const [fx1, fy1] = toPage([frame[2], frame[1]]);
  ctx.fillStyle = 'rgba(215,48,39,0.12)';
  ctx.fillRect(fx0, fy0, Math.max(0.8, fx1 - fx0), Math.max(0.8, fy1 - fy0));
  ctx.strokeStyle = '#d73027';
  ctx.lineWidth = 0.45;
  ctx.strokeRect(fx0, fy0, Math.max(0.8, fx1 - fx0), Math.max(0.8, fy1 - fy0));
  ctx.strokeStyle = '#555';
  ctx.lineWidth = 0.25;
  ctx.strokeRect(box.x, box.y, box.w, box.h);
  ctx.fillStyle = '#000';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = pt(fontPt * 0.85);
  ctx.fillText(texts.insetCaption, box.x + box.w / 2, box.y + box.h - captionH / 2);
}

function paintLegend(ctx: CanvasRenderingContext2D, box: Box, page: PageSpec, texts: PageTexts, fontPt: number, pt: Pt): void {
  const items = page.legend;
  const columns = legendColumns(box, items.length, fontPt);
  const size = legendFontPt(box, items.length, fontPt);
  const line = size * MM_PER_PT * LEGEND_LINE;
  ctx.strokeStyle = '#555';
  ctx.lineWidth = 0.25;
  ctx.strokeRect(box.x, box.y, box.w, box.h);
  ctx.fillStyle = '#000';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.font = pt(size);
  ctx.fillText(texts.legendTitle, box.x + box.w / 2, box.y + 1 + line / 2);
  const perColumn = Math.ceil(items.length / columns);
  const columnW = (box.w - 3) / columns;
  items.forEach((item, i) => {
    const x = box.x + 1.5 + Math.floor(i / perColumn) * columnW;
    const y = box.y + 1 + line * (1.3 + (i % perColumn)) + line / 2;
    const colour = legendColour(item.id);
    ctx.lineWidth = 0.25;
    if (item.symbol === 'fill') {
      ctx.fillStyle = colour.fill;
      ctx.fillRect(x, y - 1.25, 5.5, 2.5);
      ctx.strokeStyle = colour.stroke;
      ctx.strokeRect(x, y - 1.25, 5.5, 2.5);
    } else if (item.symbol === 'circle') {
      ctx.fillStyle = colour.fill;
      ctx.beginPath();
      ctx.arc(x + 3, y, 1.2, 0, 2 * Math.PI);
      ctx.fill();
      ctx.strokeStyle = '#333';
      ctx.stroke();
    } else {
      ctx.strokeStyle = colour.stroke;
      ctx.lineWidth = 0.6;
      ctx.setLineDash(item.symbol === 'dashed-line' ? [1.5, 0.75] : []);
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + 6, y);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    ctx.fillStyle = '#000';
    ctx.textAlign = 'left';
    ctx.fillText(item.label[texts.language], x + 7.2, y);
  });
}

function paintTable(ctx: CanvasRenderingContext2D, box: Box, page: PageSpec, texts: PageTexts, fontPt: number, pt: Pt): void {
  const table = page.table;
  const language = texts.language;
  const rows = [...table.rows, ...(table.total ? [table.total.map((c, j) => (j === 0 && language === 'en' ? 'Total' : c))] : [])];
  const size = tableFontPt(box, rows.length, table.columns.length, fontPt);
  const line = size * MM_PER_PT * TABLE_LINE;
  ctx.strokeStyle = '#555';
  ctx.lineWidth = 0.25;
  ctx.strokeRect(box.x, box.y, box.w, box.h);
  ctx.font = pt(size);
  ctx.fillStyle = '#000';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(table.title[language], box.x + box.w / 2, box.y + 1 + line / 2);
  const header = table.columns.map((c) => c.label[language]);
  // Column widths in proportion to their longest text, as the HTML table lays them out.
  const widths = table.columns.map((_, j) => Math.max(...[header, ...rows].map((r) => ctx.measureText(r[j] ?? '').width)) + 1.6);
  const scale = (box.w - 3) / widths.reduce((a, b) => a + b, 0);
  const x0 = box.x + 1.5;
  let y = box.y + 1 + line * 1.2;
  const drawRow = (cells: readonly string[], fill: string | null) => {
    let x = x0;
    cells.forEach((cell, j) => {
      const w = widths[j]! * scale;
      if (fill) {
        ctx.fillStyle = fill;
        ctx.fillRect(x, y, w, line);
      }
      ctx.strokeStyle = '#777';
      ctx.lineWidth = 0.15;
      ctx.strokeRect(x, y, w, line);
      ctx.fillStyle = '#000';
      const numeric = table.columns[j]?.numeric && fill !== '#f0f0f0';
      ctx.textAlign = numeric ? 'right' : 'left';
      ctx.fillText(cell, numeric ? x + w - 0.8 : x + 0.8, y + line / 2, w - 1.2);
      x += w;
    });
    y += line;
  };
  drawRow(header, '#f0f0f0');
  table.rows.forEach((row) => drawRow(row, null));
  if (table.total) drawRow(rows[rows.length - 1]!, '#f7f7f7');
  if (table.note) {
    ctx.fillStyle = '#444';
    ctx.textAlign = 'left';
    ctx.font = pt(size * 0.85);
    ctx.fillText(table.note[language], x0, y + line * 0.6, box.w - 3);
  }
}

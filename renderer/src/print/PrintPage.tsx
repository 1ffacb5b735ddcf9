// One printed page, laid out in millimetres from shared/print/page-layout.ts: title, the map image, north arrow
// and scale bar over the map's corners, overview inset, legend, summary table, footer and the seal area. Text is
// HTML in the bundled Noto Sans SC, so it stays vector (and searchable) in the PDF.
import type { FeatureCollection } from 'geojson';
import type { Box, PageLayout } from '../../../shared/print/page-layout';
import type { PageSpec } from '../../../shared/print/print-pages';
import { formatScale, scaleBar } from '../../../shared/print/print-scale';
import type { BBox } from '../../../shared/print/fit-frame';
import type { LegendItem } from '../../../shared/print/legend-items';
import type { PrintTable } from '../../../shared/print/summary-table';
import { legendColumns, legendFontPt, tableFontPt } from '../../../shared/print/text-fit';
import { legendColour } from './print-map-style';
import { OverviewInset } from './OverviewInset';

export interface PageTexts {
  readonly language: 'zh' | 'en';
  readonly scaleLabel: string;
  readonly legendTitle: string;
  readonly insetCaption: string;
  readonly unitLabel: string;
  readonly dateLabel: string;
  readonly sealLabel: string;
  readonly mapPending: string;
  readonly north: string;
}

interface Props {
  readonly layout: PageLayout;
  readonly page: PageSpec;
  readonly imageUrl: string | null;
  readonly admin: FeatureCollection | null;
  readonly countyBbox: BBox | null;
  readonly producingUnit: string;
  readonly dataSource: string;
  readonly date: string;
  readonly texts: PageTexts;
}

const at = (box: Box): React.CSSProperties => ({ position: 'absolute', left: `${box.x}mm`, top: `${box.y}mm`, width: `${box.w}mm`, height: `${box.h}mm` });

export function PrintPage({ layout, page, imageUrl, admin, countyBbox, producingUnit, dataSource, date, texts }: Props): React.JSX.Element {
  const { paper, fontPt } = layout;
  return (
    <section className="print-page" data-testid="print-page" data-page-key={page.key} style={{ width: `${paper.widthMm}mm`, height: `${paper.heightMm}mm`, fontSize: `${fontPt}pt` }}>
      <header className="print-title" style={at(layout.title)}>
        <h1 style={{ fontSize: `${fontPt * 2.3}pt` }} data-testid="print-title">{page.title}</h1>
        {page.subtitle ? <p style={{ fontSize: `${fontPt * 1.2}pt` }}>{page.subtitle}</p> : null}
      </header>
      <div className="print-map" style={at(layout.map)}>
        {imageUrl ? <img src={imageUrl} alt="" data-testid="print-map-image" /> : <span className="print-map-pending">{texts.mapPending}</span>}
      </div>
      <NorthArrow box={layout.northArrow} label={texts.north} />
      <ScaleBarBox box={layout.scaleBar} scale={page.view.scale} label={texts.scaleLabel} fontPt={fontPt} />
      <div style={at(layout.inset)}>
        <OverviewInset admin={admin} countyBbox={countyBbox} frame={page.frame} widthMm={layout.inset.w} heightMm={layout.inset.h} caption={texts.insetCaption} />
      </div>
      <Legend box={layout.legend} items={page.legend} title={texts.legendTitle} language={texts.language} fontPt={fontPt} />
      <SummaryTable box={layout.table} table={page.table} language={texts.language} fontPt={fontPt} />
      <div className="print-seal" style={at(layout.seal)} data-testid="print-seal">
        <span>{texts.sealLabel}</span>
      </div>
      <footer className="print-footer" style={{ ...at(layout.footer), fontSize: `${fontPt * 0.95}pt` }}>
        <span>{texts.unitLabel}{producingUnit}</span>
        <span>{texts.dateLabel}{date}</span>
        <span className="print-source">{dataSource}</span>
      </footer>
    </section>
  );
}

function NorthArrow({ box, label }: { box: Box; label: string }): React.JSX.Element {
  return (
    <svg className="print-north" style={at(box)} viewBox="0 0 20 26" data-testid="print-north-arrow">
      <rect x={0} y={0} width={20} height={26} fill="rgba(255,255,255,0.85)" />
      <polygon points="10,8 15,23 10,19.5" fill="#000" />
      <polygon points="10,8 5,23 10,19.5" fill="#fff" stroke="#000" strokeWidth={0.6} />
      <text x={10} y={6.5} textAnchor="middle" fontSize={6}>{label}</text>
    </svg>
  );
}

function ScaleBarBox({ box, scale, label, fontPt }: { box: Box; scale: number; label: string; fontPt: number }): React.JSX.Element {
  const bar = scaleBar(scale, box.w - 8);
  const segment = bar.lengthMm / bar.segments;
  return (
    <div className="print-scalebar" style={at(box)} data-testid="print-scalebar">
      <div style={{ fontSize: `${fontPt}pt` }}>{label} {formatScale(scale)}</div>
      <svg width={`${box.w - 4}mm`} height={`${box.h * 0.5}mm`} viewBox={`0 0 ${box.w - 4} ${box.h * 0.5}`}>
        {Array.from({ length: bar.segments }, (_, i) => (
          <rect key={i} x={2 + i * segment} y={1} width={segment} height={1.6} fill={i % 2 === 0 ? '#000' : '#fff'} stroke="#000" strokeWidth={0.2} />
        ))}
        <text x={2} y={box.h * 0.5 - 0.8} fontSize={fontPt * 0.3528 * 0.9} textAnchor="start">0</text>
        <text x={2 + bar.lengthMm} y={box.h * 0.5 - 0.8} fontSize={fontPt * 0.3528 * 0.9} textAnchor="middle">{bar.label}</text>
      </svg>
    </div>
  );
}

function Legend({ box, items, title, language, fontPt }: { box: Box; items: readonly LegendItem[]; title: string; language: 'zh' | 'en'; fontPt: number }): React.JSX.Element {
  // Two columns when one would not fit the box.
  const columns = legendColumns(box, items.length, fontPt);
  const size = legendFontPt(box, items.length, fontPt);
  return (
    <div className="print-legend" style={{ ...at(box), fontSize: `${size}pt` }} data-testid="print-legend">
      <div className="print-box-title">{title}</div>
      <ul style={{ columnCount: columns }}>
        {items.map((item) => {
          const colour = legendColour(item.id);
          return (
            <li key={item.id}>
              <svg width="6mm" height="3mm" viewBox="0 0 12 6">
                {item.symbol === 'fill' ? <rect x={0.5} y={0.5} width={11} height={5} fill={colour.fill} stroke={colour.stroke} strokeWidth={0.5} /> : null}
                {item.symbol === 'circle' ? <circle cx={6} cy={3} r={2.4} fill={colour.fill} stroke="#333" strokeWidth={0.4} /> : null}
                {item.symbol === 'line' || item.symbol === 'dashed-line' ? <line x1={0} y1={3} x2={12} y2={3} stroke={colour.stroke} strokeWidth={1.2} strokeDasharray={item.symbol === 'dashed-line' ? '3 1.5' : undefined} /> : null}
              </svg>
              <span>{item.label[language]}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function SummaryTable({ box, table, language, fontPt }: { box: Box; table: PrintTable; language: 'zh' | 'en'; fontPt: number }): React.JSX.Element {
  const size = tableFontPt(box, table.rows.length + (table.total ? 1 : 0), table.columns.length, fontPt);
  return (
    <div className="print-table" style={{ ...at(box), fontSize: `${size}pt` }} data-testid="print-table">
      <div className="print-box-title">{table.title[language]}</div>
      <table>
        <thead>
          <tr>{table.columns.map((c) => <th key={c.key}>{c.label[language]}</th>)}</tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>{row.map((cell, j) => <td key={j} className={table.columns[j]?.numeric ? 'num' : undefined}>{cell}</td>)}</tr>
          ))}
          {table.total ? <tr className="total">{table.total.map((cell, j) => <td key={j} className={table.columns[j]?.numeric ? 'num' : undefined}>{j === 0 && language === 'en' ? 'Total' : cell}</td>)}</tr> : null}
        </tbody>
      </table>
      {table.note ? <div className="print-note">{table.note[language]}</div> : null}
    </div>
  );
}

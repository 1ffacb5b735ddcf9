// The pages of one print job: for a single map, the chosen extent; for an atlas, one page per place. Each page
// carries its frame view (centre, scale, zoom), title, summary table and legend, everything the page shows except
// the map image itself.
import { atlasPages, countyPage, type PrintPage } from './atlas-pages';
import { frameBounds, frameView, type BBox, type FrameView } from './fit-frame';
import { legendItems, type LegendItem } from './legend-items';
import { pageLayout, type PageLayout } from './page-layout';
import { paperOfLayout } from './paper';
import type { PrintData } from './print-data';
import { scopeName, type PrintScope } from './print-scope';
import type { PrintSettings } from './print-settings';
import { summaryTable, type PrintTable } from './summary-table';
import { TEMPLATES, templateTitle } from './templates';
import { zoomForScale } from './web-mercator';

/** What a single (non-atlas) map shows: a place's box fitted, or a centre at a scale (the current view). */
export type SingleExtent =
  | { readonly kind: 'fit'; readonly scope: PrintScope; readonly bbox: BBox }
  | { readonly kind: 'centre'; readonly centre: readonly [number, number]; readonly scale: number };

export interface PageSpec {
  readonly key: string;
  readonly scope: PrintScope;
  readonly title: string;
  readonly subtitle: string;
  readonly view: FrameView;
  /** The lon/lat box the frame covers (the overview inset marks it). */
  readonly frame: BBox;
  readonly table: PrintTable;
  readonly legend: readonly LegendItem[];
}

export interface PrintJob {
  readonly layout: PageLayout;
  readonly pages: readonly PageSpec[];
}

export function printJob(settings: PrintSettings, data: PrintData, single: SingleExtent | null, language: 'zh' | 'en'): PrintJob {
  const layout = pageLayout(paperOfLayout(settings.layout));
  const template = TEMPLATES[settings.template];
  const legend = legendItems(template);
  const county = data.county || data.projectName;
  const subtitle = () => settings.subtitle || (data.synthetic ? (language === 'zh' ? '（虚构示例数据）' : '(synthetic sample data)') : '');
  const spec = (key: string, scope: PrintScope, view: FrameView): PageSpec => ({
    key,
    scope,
    title: atlasTitle(settings.title, templateTitle(template, scopeName(scope, county), language), scope, county),
    subtitle: subtitle(),
    view,
    frame: frameBounds(view, layout.map.w, layout.map.h),
    table: summaryTable(template.summary, data, scope),
    legend,
  });
  if (settings.atlas) {
    return {
      layout,
      pages: atlasPages(data, settings.atlas).map((page: PrintPage) => spec(page.key, page.scope, frameView(page.bbox, layout.map.w, layout.map.h, settings.scale ?? undefined))),
    };
  }
  if (single?.kind === 'centre') {
    const view: FrameView = { centre: single.centre, scale: single.scale, zoom: zoomForScale(single.scale, single.centre[1]) };
    return { layout, pages: [spec('view', { kind: 'county' }, view)] };
  }
  const target = single ?? (countyPage(data) ? { kind: 'fit' as const, scope: { kind: 'county' } as PrintScope, bbox: countyPage(data)!.bbox } : null);
  if (!target) return { layout, pages: [] };
  return { layout, pages: [spec(target.kind === 'fit' ? 'single' : 'view', target.scope, frameView(target.bbox, layout.map.w, layout.map.h, settings.scale ?? undefined))] };
}

/**
 * A title typed for an atlas applies to every page; `{place}` in it is replaced by the page's place, and a title
 * without it gets the place appended, so pages stay distinguishable.
 */
function atlasTitle(typed: string, fallback: string, scope: PrintScope, county: string): string {
  if (!typed) return fallback;
  const place = scopeName(scope, county);
  if (typed.includes('{place}')) return typed.replace('{place}', place);
  return scope.kind === 'county' ? typed : `${typed}（${place}）`;
}

// The print layout settings a project remembers (template, paper, resolution, titles, producing unit, data note),
// kept as one JSON text in landlink_meta under `print.layout`: a plain attributes row that QGIS, GDAL and sqlite3
// read and write without knowing Landlink. Reading is forgiving: what does not parse falls back to the default.
import { isAtlasKind, type AtlasKind } from './atlas-pages';
import { isLayoutId, MAX_DPI, MIN_DPI, type LayoutId } from './paper';
import { isTemplateId, type TemplateId } from './templates';

export const PRINT_META_KEY = 'print.layout';

export type ImageEncoding = 'jpeg' | 'png';

export interface PrintSettings {
  readonly template: TemplateId;
  readonly layout: LayoutId;
  readonly dpi: number;
  /** Empty: the template's default title for the page's place. */
  readonly title: string;
  readonly subtitle: string;
  /** Scale denominator, or null to fit the frame to the page's feature. */
  readonly scale: number | null;
  readonly atlas: AtlasKind | null;
  readonly producingUnit: string;
  readonly dataSource: string;
  /** JPEG keeps a PDF small enough to email; PNG is lossless for the print shop. */
  readonly imageEncoding: ImageEncoding;
}

export const DEFAULT_PRINT_SETTINGS: PrintSettings = {
  template: 'reclamation',
  layout: 'A4-landscape',
  dpi: 150,
  title: '',
  subtitle: '',
  scale: null,
  atlas: null,
  producingUnit: '县自然资源局',
  dataSource: '数据来源：易地扶贫搬迁复垦项目库（Landlink），面积为 CGCS2000 椭球面积',
  imageEncoding: 'jpeg',
};

const MAX_TEXT = 200;

export function parsePrintSettings(text: string | undefined): PrintSettings {
  if (!text) return DEFAULT_PRINT_SETTINGS;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return DEFAULT_PRINT_SETTINGS;
  }
  return normalisePrintSettings(raw);
}

/** Keeps every valid field of `raw` and the default for the rest. */
export function normalisePrintSettings(raw: unknown): PrintSettings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const d = DEFAULT_PRINT_SETTINGS;
  const str = (v: unknown, fallback: string) => (typeof v === 'string' ? v.slice(0, MAX_TEXT) : fallback);
  return {
    template: isTemplateId(value.template) ? value.template : d.template,
    layout: typeof value.layout === 'string' && isLayoutId(value.layout) ? value.layout : d.layout,
    dpi: typeof value.dpi === 'number' && Number.isFinite(value.dpi) && value.dpi >= MIN_DPI && value.dpi <= MAX_DPI ? Math.round(value.dpi) : d.dpi,
    title: str(value.title, d.title),
    subtitle: str(value.subtitle, d.subtitle),
    scale: typeof value.scale === 'number' && Number.isFinite(value.scale) && value.scale >= 100 ? Math.round(value.scale) : null,
    atlas: isAtlasKind(value.atlas) ? value.atlas : null,
    producingUnit: str(value.producingUnit, d.producingUnit),
    dataSource: str(value.dataSource, d.dataSource),
    imageEncoding: value.imageEncoding === 'png' ? 'png' : 'jpeg',
  };
}

export function serialisePrintSettings(settings: PrintSettings): string {
  return JSON.stringify(normalisePrintSettings(settings));
}

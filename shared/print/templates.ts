// The three meeting-map templates: which layers and statuses the map shows, which summary table sits beside it,
// and the default title. Chosen in the print view (and `landlink print`), remembered in the project.
import type { HouseStatus, ParcelStatus } from '../domain/enums';

export type TemplateId = 'demolition' | 'reclamation' | 'linkage';
export const TEMPLATE_IDS: readonly TemplateId[] = ['demolition', 'reclamation', 'linkage'];

/** Map layer groups a template can show (the renderer's layer groups, by table). */
export type PrintLayer = 'admin_areas' | 'context_lines' | 'linkage_outlines' | 'resettlement_sites' | 'construction_plots' | 'reclaim_parcels' | 'old_houses';

export type SummaryKind = 'houses-by-status' | 'parcels-by-status' | 'projects-quota';

export interface PrintTemplate {
  readonly id: TemplateId;
  readonly label: { readonly zh: string; readonly en: string };
  /** Layers on the map, bottom to top. */
  readonly layers: readonly PrintLayer[];
  /** Parcel statuses drawn (all others are filtered out); houses likewise. */
  readonly parcelStatuses: readonly ParcelStatus[];
  readonly houseStatuses: readonly HouseStatus[];
  readonly summary: SummaryKind;
  /** Default title; `{place}` is the county, township, village or project the page shows. */
  readonly title: { readonly zh: string; readonly en: string };
}

const ALL_PARCELS: readonly ParcelStatus[] = ['planned', 'in_progress', 'completed', 'accepted', 'filed'];
const ALL_HOUSES: readonly HouseStatus[] = ['pending', 'demolished', 'retained'];

export const TEMPLATES: Readonly<Record<TemplateId, PrintTemplate>> = {
  demolition: {
    id: 'demolition',
    label: { zh: '拆旧进度', en: 'Demolition progress' },
    layers: ['admin_areas', 'context_lines', 'resettlement_sites', 'old_houses'],
    parcelStatuses: [],
    houseStatuses: ALL_HOUSES,
    summary: 'houses-by-status',
    title: { zh: '{place}旧房拆除进度图', en: 'Demolition progress — {place}' },
  },
  reclamation: {
    id: 'reclamation',
    label: { zh: '复垦验收', en: 'Reclamation and acceptance' },
    layers: ['admin_areas', 'context_lines', 'reclaim_parcels'],
    parcelStatuses: ALL_PARCELS,
    houseStatuses: [],
    summary: 'parcels-by-status',
    title: { zh: '{place}复垦项目验收情况图', en: 'Reclamation and acceptance — {place}' },
  },
  linkage: {
    id: 'linkage',
    label: { zh: '挂钩项目与指标', en: 'Linkage projects and quota' },
    layers: ['admin_areas', 'context_lines', 'linkage_outlines', 'resettlement_sites', 'construction_plots', 'reclaim_parcels'],
    parcelStatuses: ['accepted', 'filed'],
    houseStatuses: [],
    summary: 'projects-quota',
    title: { zh: '{place}增减挂钩项目与节余指标图', en: 'Linkage projects and surplus quota — {place}' },
  },
};

export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && (TEMPLATE_IDS as readonly string[]).includes(value);
}

export function templateTitle(template: PrintTemplate, place: string, language: 'zh' | 'en'): string {
  return template.title[language].replace('{place}', place);
}

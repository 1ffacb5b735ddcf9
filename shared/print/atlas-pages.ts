// Atlas page lists: one page per township, village or linkage project, each with the box its map is fitted to and
// the scope its summary table is built for. Places without geometry get no page (there is nothing to fit).
import type { BBox } from './fit-frame';
import type { PrintData } from './print-data';
import type { PrintScope } from './print-scope';

export type AtlasKind = 'townships' | 'villages' | 'projects';
export const ATLAS_KINDS: readonly AtlasKind[] = ['townships', 'villages', 'projects'];

export interface PrintPage {
  /** Stable key, e.g. `township:139901001`. */
  readonly key: string;
  readonly scope: PrintScope;
  readonly bbox: BBox;
}

export function isAtlasKind(value: unknown): value is AtlasKind {
  return typeof value === 'string' && (ATLAS_KINDS as readonly string[]).includes(value);
}

export function atlasPages(data: PrintData, kind: AtlasKind): PrintPage[] {
  const pages: PrintPage[] = [];
  if (kind === 'townships') {
    for (const t of data.townships) if (t.bbox) pages.push({ key: `township:${t.code}`, scope: { kind: 'township', name: t.name }, bbox: t.bbox });
  } else if (kind === 'villages') {
    for (const t of data.townships) for (const v of t.villages) if (v.bbox) pages.push({ key: `village:${v.code}`, scope: { kind: 'village', township: t.name, name: v.name }, bbox: v.bbox });
  } else {
    for (const p of data.projects) if (p.bbox) pages.push({ key: `project:${p.code}`, scope: { kind: 'project', code: p.code, name: p.name }, bbox: p.bbox });
  }
  return pages;
}

/** The single page of a county map (no atlas). */
export function countyPage(data: PrintData): PrintPage | null {
  return data.countyBbox ? { key: 'county', scope: { kind: 'county' }, bbox: data.countyBbox } : null;
}

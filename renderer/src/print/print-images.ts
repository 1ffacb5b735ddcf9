// Renders the map image of every page of a print job, one page at a time (each render holds a WebGL context and a
// large buffer), with progress and cancel. Images are cached by what they show, so changing the title or the
// table does not redraw maps.
import type { FeatureCollection } from 'geojson';
import type { PrintJob, PageSpec } from '../../../shared/print/print-pages';
import { CSS_PX_PER_MM } from '../../../shared/print/paper';
import type { ImageEncoding } from '../../../shared/print/print-settings';
import type { PrintTemplate } from '../../../shared/print/templates';
import { printMapLayers } from './print-map-style';
import { canvasToBlob, OffscreenMapRenderer, PrintCancelled } from './render-map-image';

export interface MapImage {
  readonly url: string;
  readonly widthPx: number;
  readonly heightPx: number;
}

const cache = new Map<string, MapImage>();
const MAX_CACHED = 40;
/** Images of the job being drawn: never evicted while it runs (an atlas of 300 villages outnumbers the cache). */
const pinned = new Set<string>();

export function imageKey(job: PrintJob, page: PageSpec, template: PrintTemplate, dpi: number, encoding: ImageEncoding, sourcesVersion: unknown): string {
  return JSON.stringify([page.view.centre, page.view.zoom, page.scope, job.layout.map.w, job.layout.map.h, template.id, dpi, encoding, cacheVersionOf(sourcesVersion)]);
}

const versions = new WeakMap<object, number>();
let nextVersion = 1;
function cacheVersionOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let v = versions.get(value);
  if (v === undefined) versions.set(value, (v = nextVersion++));
  return v;
}

export function cachedImage(key: string): MapImage | undefined {
  return cache.get(key);
}

export interface RenderImagesArgs {
  readonly job: PrintJob;
  readonly template: PrintTemplate;
  readonly dpi: number;
  readonly encoding: ImageEncoding;
  readonly sources: ReadonlyMap<string, FeatureCollection>;
  /** Identity of the project data (the view's layers): a new view renders anew. */
  readonly sourcesVersion: object;
  readonly signal?: AbortSignal;
  /** Overrides the WebGL drawing-buffer limit (to test tiling). */
  readonly maxBufferSide?: number;
  onProgress?(done: number, total: number): void;
  onImage?(pageIndex: number, image: MapImage): void;
}

/** Renders what is not cached yet; resolves with the key of each page's image, in page order. */
export async function renderPageImages(args: RenderImagesArgs): Promise<string[]> {
  const { job, template, dpi, encoding } = args;
  const keys = job.pages.map((page) => imageKey(job, page, template, dpi, encoding, args.sourcesVersion));
  let done = 0;
  let renderer: OffscreenMapRenderer | null = null;
  args.onProgress?.(0, job.pages.length);
  for (const key of keys) pinned.add(key);
  try {
    for (const [i, page] of job.pages.entries()) {
      if (args.signal?.aborted) throw new PrintCancelled();
      const key = keys[i]!;
      if (!cache.has(key)) {
        renderer ??= await OffscreenMapRenderer.create(printMapLayers(template), args.sources, dpi / 96, args.maxBufferSide);
        const canvas = await renderer.render({
          centre: page.view.centre,
          zoom: page.view.zoom,
          widthCss: job.layout.map.w * CSS_PX_PER_MM,
          heightCss: job.layout.map.h * CSS_PX_PER_MM,
          scope: page.scope,
          ...(args.signal ? { signal: args.signal } : {}),
        });
        const blob = await canvasToBlob(canvas, encoding);
        const image = { url: URL.createObjectURL(blob), widthPx: canvas.width, heightPx: canvas.height };
        // Release the pixel buffer at once: a 300 DPI A3 frame is ~60 MB.
        canvas.width = 0;
        canvas.height = 0;
        remember(key, image);
      }
      args.onImage?.(i, cache.get(key)!);
      args.onProgress?.(++done, job.pages.length);
    }
  } finally {
    renderer?.dispose();
    for (const key of keys) pinned.delete(key);
  }
  return keys;
}

function remember(key: string, image: MapImage): void {
  cache.set(key, image);
  for (const old of [...cache.keys()]) {
    if (cache.size <= MAX_CACHED) break;
    if (pinned.has(old)) continue;
    URL.revokeObjectURL(cache.get(old)!.url);
    cache.delete(old);
  }
}

/** Waits until every map image on the pages is decoded, so printing never catches a blank frame. */
export async function imagesDecoded(root: ParentNode): Promise<void> {
  const images = [...root.querySelectorAll<HTMLImageElement>('.print-map img')];
  await Promise.all(images.map((img) => (img.complete && img.naturalWidth > 0 ? Promise.resolve() : img.decode().catch(() => undefined))));
  await document.fonts.ready;
}

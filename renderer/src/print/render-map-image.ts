// Renders map frames as high-resolution images with one offscreen MapLibre map per print job: the frame's size in
// CSS pixels at pixelRatio = dpi / 96, moved to each page, waited on until idle, read back from the canvas. Reusing
// the map keeps MapLibre's parsed sources between atlas pages. SwiftShader and GPUs cap the drawing buffer
// (MAX_RENDERBUFFER_SIZE / MAX_VIEWPORT_DIMS, often 8192): a larger frame is rendered in tiles, the map centred on
// each part of the frame in turn, and stitched on a 2D canvas.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { project, unproject } from '../../../shared/print/web-mercator';
import type { PrintScope } from '../../../shared/print/print-scope';
import { loadLabelFont } from '../map/load-label-font';
import { FOCUS_LINE, FOCUS_MASK, focusFilters, printMapStyle } from './print-map-style';

// The headless print page has no main map to set this; setting it again is harmless.
maplibregl.setWorkerUrl(workerUrl);

export interface FrameRequest {
  readonly centre: readonly [number, number];
  readonly zoom: number;
  readonly widthCss: number;
  readonly heightCss: number;
  /** The page's place: a township or village page dims its neighbours. */
  readonly scope?: PrintScope;
  readonly signal?: AbortSignal;
}

export class PrintCancelled extends Error {
  constructor() {
    super('Printing was cancelled.');
    this.name = 'PrintCancelled';
  }
}

let probedMax: number | null = null;

/** The largest drawing-buffer side this browser's WebGL allows (capped at 8192 to bound memory). */
export function maxDrawingBufferSide(): number {
  if (probedMax !== null) return probedMax;
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  let side = 4096;
  if (gl) {
    const renderbuffer = Number(gl.getParameter(gl.MAX_RENDERBUFFER_SIZE));
    const viewport = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
    const texture = Number(gl.getParameter(gl.MAX_TEXTURE_SIZE));
    side = Math.min(renderbuffer, viewport[0] ?? 4096, viewport[1] ?? 4096, texture, 8192);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }
  probedMax = side;
  return side;
}

/** How the frame is cut into tiles no larger than `maxSide` device pixels (1×1 when it fits). */
export function tileGrid(widthPx: number, heightPx: number, maxSide: number): { cols: number; rows: number } {
  return { cols: Math.max(1, Math.ceil(widthPx / maxSide)), rows: Math.max(1, Math.ceil(heightPx / maxSide)) };
}

export class OffscreenMapRenderer {
  private constructor(
    private readonly map: maplibregl.Map,
    private readonly container: HTMLDivElement,
    private readonly pixelRatio: number,
    private readonly maxSide: number,
  ) {}

  /**
   * A hidden map with the print style, `layers` and `sources`, drawing at `pixelRatio`. `maxBufferSide` overrides
   * the WebGL limit (tests force tiling with it).
   */
  static async create(layers: readonly LayerSpecification[], sources: ReadonlyMap<string, FeatureCollection>, pixelRatio: number, maxBufferSide?: number): Promise<OffscreenMapRenderer> {
    await loadLabelFont();
    const maxSide = maxBufferSide ?? maxDrawingBufferSide();
    const container = document.createElement('div');
    // Laid out (so MapLibre can size it) but off screen and never seen.
    container.style.cssText = 'position:fixed;left:-20000px;top:0;width:256px;height:256px;visibility:hidden;pointer-events:none';
    document.body.appendChild(container);
    const map = new maplibregl.Map({
      container,
      style: printMapStyle(),
      center: [0, 0],
      zoom: 1,
      pixelRatio,
      maxCanvasSize: [maxSide, maxSide],
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      maxZoom: 24,
      // Multisampling quadruples SwiftShader's fill work; at print resolutions (≥ 2 device pixels per CSS pixel) the
      // edges are already finer than the eye resolves on paper.
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: pixelRatio < 2 },
    });
    try {
      await new Promise<void>((resolve, reject) => {
        map.once('load', () => resolve());
        map.once('error', (event) => reject(event.error instanceof Error ? event.error : new Error('The printed map could not be drawn.')));
      });
      for (const [id, data] of sources) map.addSource(id, { type: 'geojson', data });
      for (const layer of layers) if (sources.has((layer as { source?: string }).source ?? '')) map.addLayer(layer);
    } catch (error) {
      map.remove();
      container.remove();
      throw error;
    }
    return new OffscreenMapRenderer(map, container, pixelRatio, maxSide);
  }

  async render(request: FrameRequest): Promise<HTMLCanvasElement> {
    const widthPx = Math.round(request.widthCss * this.pixelRatio);
    const heightPx = Math.round(request.heightCss * this.pixelRatio);
    const { cols, rows } = tileGrid(widthPx, heightPx, this.maxSide);
    const output = document.createElement('canvas');
    output.width = widthPx;
    output.height = heightPx;
    const context = output.getContext('2d');
    if (!context) throw new Error('The browser gave no 2D canvas for the printed map.');
    this.applyFocus(request.scope);
    const [cx, cy] = project(request.centre[0], request.centre[1], request.zoom);
    const tileW = request.widthCss / cols;
    const tileH = request.heightCss / rows;
    this.container.style.width = `${tileW}px`;
    this.container.style.height = `${tileH}px`;
    this.map.resize();
    for (let row = 0; row < rows; row++) {
      for (let col = 0; col < cols; col++) {
        if (request.signal?.aborted) throw new PrintCancelled();
        // The tile's centre in world pixels: the frame's centre moved by the tile's offset from the frame's middle.
        const centre = unproject(cx + (col + 0.5) * tileW - request.widthCss / 2, cy + (row + 0.5) * tileH - request.heightCss / 2, request.zoom);
        this.map.jumpTo({ center: centre, zoom: request.zoom });
        await this.idle(request.signal);
        const x0 = Math.round(col * tileW * this.pixelRatio);
        const y0 = Math.round(row * tileH * this.pixelRatio);
        context.drawImage(this.map.getCanvas(), x0, y0, Math.round((col + 1) * tileW * this.pixelRatio) - x0, Math.round((row + 1) * tileH * this.pixelRatio) - y0);
      }
    }
    return output;
  }

  dispose(): void {
    this.map.remove();
    this.container.remove();
  }

  private applyFocus(scope: PrintScope | undefined): void {
    const filters = focusFilters(scope);
    for (const [id, filter] of [[FOCUS_MASK, filters?.mask], [FOCUS_LINE, filters?.line]] as const) {
      if (!this.map.getLayer(id)) continue;
      this.map.setLayoutProperty(id, 'visibility', filter ? 'visible' : 'none');
      if (filter) this.map.setFilter(id, filter);
    }
  }

  private idle(signal: AbortSignal | undefined): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => reject(new PrintCancelled());
      signal?.addEventListener('abort', onAbort, { once: true });
      this.map.once('idle', () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      });
      this.map.triggerRepaint();
    });
  }
}

/** Encodes the map image: JPEG keeps an emailed PDF small, PNG is lossless. */
export function canvasToBlob(canvas: HTMLCanvasElement, encoding: 'jpeg' | 'png'): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The printed map could not be encoded (too large for this browser?).'))), encoding === 'png' ? 'image/png' : 'image/jpeg', 0.9);
  });
}

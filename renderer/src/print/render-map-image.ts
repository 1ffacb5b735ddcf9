// Renders a map frame as a high-resolution image with an offscreen MapLibre map: the frame's size in CSS pixels at
// pixelRatio = dpi / 96, waited on until idle, read back from the canvas. SwiftShader and GPUs cap the drawing
// buffer (MAX_RENDERBUFFER_SIZE / MAX_VIEWPORT_DIMS, often 8192): a larger frame is rendered in tiles, each its
// own map centred on its part of the frame, and stitched on a 2D canvas.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import { project, unproject } from '../../../shared/print/web-mercator';
import { loadLabelFont } from '../map/load-label-font';
import { printMapStyle } from './print-map-style';

export interface MapImageRequest {
  readonly centre: readonly [number, number];
  readonly zoom: number;
  readonly widthCss: number;
  readonly heightCss: number;
  readonly pixelRatio: number;
  readonly layers: readonly LayerSpecification[];
  readonly sources: ReadonlyMap<string, FeatureCollection>;
  /** Largest drawing buffer side to use; defaults to what WebGL reports (at most 8192). */
  readonly maxBufferSide?: number;
  readonly signal?: AbortSignal;
}

export class PrintCancelled extends Error {
  constructor() {
    super('Printing was cancelled.');
    this.name = 'PrintCancelled';
  }
}

// The headless print page has no main map to set this; setting it again is harmless.
maplibregl.setWorkerUrl(workerUrl);

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

export async function renderMapImage(request: MapImageRequest): Promise<HTMLCanvasElement> {
  await loadLabelFont();
  const widthPx = Math.round(request.widthCss * request.pixelRatio);
  const heightPx = Math.round(request.heightCss * request.pixelRatio);
  const maxSide = request.maxBufferSide ?? maxDrawingBufferSide();
  const { cols, rows } = tileGrid(widthPx, heightPx, maxSide);
  const output = document.createElement('canvas');
  output.width = widthPx;
  output.height = heightPx;
  const context = output.getContext('2d');
  if (!context) throw new Error('The browser gave no 2D canvas for the printed map.');
  const [cx, cy] = project(request.centre[0], request.centre[1], request.zoom);
  const tileW = request.widthCss / cols;
  const tileH = request.heightCss / rows;
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      if (request.signal?.aborted) throw new PrintCancelled();
      // The tile's centre in world pixels: the frame's centre moved by the tile's offset from the frame's middle.
      const offsetX = (col + 0.5) * tileW - request.widthCss / 2;
      const offsetY = (row + 0.5) * tileH - request.heightCss / 2;
      const centre = unproject(cx + offsetX, cy + offsetY, request.zoom);
      const tile = await renderOneMap({ ...request, centre, widthCss: tileW, heightCss: tileH }, maxSide);
      const x0 = Math.round(col * tileW * request.pixelRatio);
      const y0 = Math.round(row * tileH * request.pixelRatio);
      context.drawImage(tile, x0, y0, Math.round((col + 1) * tileW * request.pixelRatio) - x0, Math.round((row + 1) * tileH * request.pixelRatio) - y0);
    }
  }
  return output;
}

/** One offscreen map, drawn until idle, copied to a 2D canvas, removed. */
async function renderOneMap(request: MapImageRequest, maxSide: number): Promise<HTMLCanvasElement> {
  const container = document.createElement('div');
  // Laid out (so MapLibre can size it) but off screen and never seen.
  container.style.cssText = `position:fixed;left:-${Math.ceil(request.widthCss) + 100}px;top:0;width:${request.widthCss}px;height:${request.heightCss}px;visibility:hidden;pointer-events:none`;
  document.body.appendChild(container);
  let map: maplibregl.Map | null = null;
  try {
    map = new maplibregl.Map({
      container,
      style: printMapStyle(),
      center: [request.centre[0], request.centre[1]],
      zoom: request.zoom,
      pixelRatio: request.pixelRatio,
      maxCanvasSize: [maxSide, maxSide],
      interactive: false,
      attributionControl: false,
      fadeDuration: 0,
      maxZoom: 24,
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
    });
    const loaded = map;
    await new Promise<void>((resolve, reject) => {
      loaded.once('load', () => resolve());
      loaded.once('error', (event) => reject(event.error instanceof Error ? event.error : new Error('The printed map could not be drawn.')));
    });
    for (const [id, data] of request.sources) loaded.addSource(id, { type: 'geojson', data });
    for (const layer of request.layers) if (request.sources.has((layer as { source?: string }).source ?? '')) loaded.addLayer(layer);
    await new Promise<void>((resolve, reject) => {
      const onAbort = () => reject(new PrintCancelled());
      request.signal?.addEventListener('abort', onAbort, { once: true });
      loaded.once('idle', () => {
        request.signal?.removeEventListener('abort', onAbort);
        resolve();
      });
      loaded.triggerRepaint();
    });
    const source = loaded.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    copy.getContext('2d')?.drawImage(source, 0, 0);
    return copy;
  } finally {
    map?.remove();
    container.remove();
  }
}

/** Encodes the map image: JPEG keeps an emailed PDF small, PNG is lossless. */
export function canvasToBlob(canvas: HTMLCanvasElement, encoding: 'jpeg' | 'png'): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The printed map could not be encoded (too large for this browser?).'))), encoding === 'png' ? 'image/png' : 'image/jpeg', 0.9);
  });
}

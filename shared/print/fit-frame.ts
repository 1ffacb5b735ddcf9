// Fitting a map frame to a feature: the common scale at which the feature's box (with a margin) fits the frame,
// and the frame's view (centre, zoom) for that scale or for a scale the user chose.
import { roundScaleUp } from './print-scale';
import { groundSizeMetres, mercatorCentre, zoomForScale } from './web-mercator';

export type BBox = readonly [number, number, number, number];

export interface FrameView {
  readonly centre: readonly [number, number];
  /** Scale denominator printed on the map (a common scale). */
  readonly scale: number;
  /** MapLibre zoom that gives exactly that scale at the centre. */
  readonly zoom: number;
}

/** Share of the frame left free around a fitted feature on each side. */
export const FIT_MARGIN = 0.05;

/** The smallest common scale at which `bbox` fits in a frame of `widthMm` × `heightMm` with a margin. */
export function fitScale(bbox: BBox, widthMm: number, heightMm: number, margin = FIT_MARGIN): number {
  const centre = mercatorCentre(bbox);
  const [groundW, groundH] = groundSizeMetres(bbox, centre[1]);
  const usableW = (widthMm * (1 - 2 * margin)) / 1000;
  const usableH = (heightMm * (1 - 2 * margin)) / 1000;
  // A point or a line still gets a sensible map: 1:2,000 at the least.
  const exact = Math.max(groundW / usableW, groundH / usableH, 2000);
  return roundScaleUp(exact);
}

export function frameView(bbox: BBox, widthMm: number, heightMm: number, scale?: number): FrameView {
  const centre = mercatorCentre(bbox);
  const chosen = scale ?? fitScale(bbox, widthMm, heightMm);
  return { centre, scale: chosen, zoom: zoomForScale(chosen, centre[1]) };
}

/** The lon/lat box a frame covers at a view (for the overview inset's rectangle). */
export function frameBounds(view: FrameView, widthMm: number, heightMm: number): BBox {
  const metresPerMm = view.scale / 1000;
  const halfW = (widthMm * metresPerMm) / 2;
  const halfH = (heightMm * metresPerMm) / 2;
  const lat = view.centre[1];
  const dLat = halfH / 111_320;
  const dLon = halfW / (111_320 * Math.cos((lat * Math.PI) / 180));
  return [view.centre[0] - dLon, lat - dLat, view.centre[0] + dLon, lat + dLat];
}

export function unionBBox(boxes: readonly (BBox | null | undefined)[]): BBox | null {
  let out: [number, number, number, number] | null = null;
  for (const b of boxes) {
    if (!b) continue;
    if (!out) out = [b[0], b[1], b[2], b[3]];
    else out = [Math.min(out[0], b[0]), Math.min(out[1], b[1]), Math.max(out[2], b[2]), Math.max(out[3], b[3])];
  }
  return out;
}

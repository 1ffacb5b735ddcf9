// Which drawing or measuring tool is active, and the live measurement shown while drawing.
import { create } from 'zustand';

export type DrawTool = 'new-parcel' | 'new-house' | 'edit-geometry' | 'split' | 'measure-distance' | 'measure-area';

export interface DrawState {
  tool: DrawTool | null;
  /** Live ellipsoidal area (m²) or geodesic length (m) of what is being drawn. */
  liveAreaM2: number | null;
  liveLengthM: number | null;
  /** The finished measurement, kept on screen after a measure tool completes. */
  measured: { areaM2?: number; lengthM?: number } | null;
}

export const useDrawState = create<DrawState>(() => ({ tool: null, liveAreaM2: null, liveLengthM: null, measured: null }));

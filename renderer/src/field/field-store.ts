// State of field mode (外业核查模式, zustand): open or not, which targets (a village or a drawn area), where the
// inspector is (from a GNSS receiver, a replayed NMEA log, a photo or a map click), which target is being verified,
// and the boundary being walked. The form's own answers live in the form.
import { create } from 'zustand';
import type { Position } from 'geojson';
import type { TargetFilter, TargetTable } from './field-targets';

export type PositionSourceKind = 'serial' | 'replay' | 'photo' | 'map';

export interface FieldPosition {
  readonly lon: number;
  readonly lat: number;
  /** Estimated horizontal accuracy (m); null when the source cannot say (a map click is as good as the map). */
  readonly accuracyM: number | null;
  readonly source: PositionSourceKind;
  /** ISO 8601 time of the fix, when the source gives one. */
  readonly time: string | null;
  /** GNSS details when the position came from NMEA (GGA fix quality, satellites used, HDOP). */
  readonly gnss?: {
    readonly quality: string;
    readonly qualityLabel: { readonly zh: string; readonly en: string };
    readonly satellites: number | null;
    readonly hdop: number | null;
    readonly altitudeM: number | null;
  };
}

export interface PositionSourceState {
  readonly kind: PositionSourceKind;
  /** File or port name shown in the panel. */
  readonly name: string;
  readonly status: 'waiting' | 'running' | 'ended' | 'error';
  /** Sentences refused (bad checksum, malformed), so a flaky cable shows. */
  readonly badLines: number;
  readonly message?: string;
}

export interface FieldState {
  open: boolean;
  filter: TargetFilter | null;
  /** A target area is being drawn on the map. */
  drawingArea: boolean;
  position: FieldPosition | null;
  source: PositionSourceState | null;
  /** The target the form is for. */
  active: { readonly table: TargetTable; readonly code: string } | null;
  /** Boundary walk: positions recorded while walking the parcel's edge. */
  walk: { readonly recording: boolean; readonly points: readonly Position[] } | null;
  /** Bumped after a verification or photo change, so lists re-read the verification rows. */
  revision: number;
  /** The map keeps the position in view as it moves (off when the user wants to look elsewhere). */
  follow: boolean;
}

export const useFieldStore = create<FieldState>(() => ({
  open: false,
  filter: null,
  drawingArea: false,
  position: null,
  source: null,
  active: null,
  walk: null,
  revision: 0,
  follow: true,
}));

/** Minimum spacing of recorded boundary points, so standing still does not pile up vertices. */
const WALK_MIN_STEP_M = 1;

export function setPosition(position: FieldPosition, stepM: (a: Position, b: Position) => number): void {
  useFieldStore.setState((s) => {
    const walk = s.walk;
    if (!walk?.recording) return { position };
    const point: Position = [position.lon, position.lat];
    const last = walk.points[walk.points.length - 1];
    if (last && stepM(last, point) < WALK_MIN_STEP_M) return { position };
    return { position, walk: { recording: true, points: [...walk.points, point] } };
  });
}

export function bumpRevision(): void {
  useFieldStore.setState((s) => ({ revision: s.revision + 1 }));
}

// A problem found in a geometry: machine code, severity, where, and what to do about it in English and Chinese.

export type ProblemCode =
  | 'empty_geometry'
  | 'invalid_coordinate'
  | 'unclosed_ring'
  | 'too_few_points'
  | 'duplicate_vertex'
  | 'spike'
  | 'self_intersection'
  | 'sliver_area'
  | 'sliver_thin'
  | 'hole_outside_shell'
  | 'ring_orientation';

export interface GeometryProblem {
  readonly code: ProblemCode | (string & {});
  readonly severity: 'error' | 'warning';
  /** English: what, where, how to fix. */
  readonly message: string;
  readonly messageZh: string;
  /** [longitude, latitude] of the spot, when there is one. */
  readonly location?: [number, number];
}

/** Where a ring sits in its geometry, for messages. */
export interface RingPlace {
  /** 0-based part of a MultiPolygon (0 for a Polygon). */
  readonly part: number;
  /** 0-based ring in the polygon: 0 is the shell, others are holes. */
  readonly ring: number;
  readonly partCount: number;
}

export function describeRing(place: RingPlace): { en: string; zh: string } {
  const part = place.partCount > 1 ? { en: ` of part ${place.part + 1}`, zh: `第 ${place.part + 1} 部分的` } : { en: '', zh: '' };
  return place.ring === 0
    ? { en: `the outer ring${part.en}`, zh: `${part.zh}外环` }
    : { en: `hole ${place.ring}${part.en}`, zh: `${part.zh}第 ${place.ring} 个内环（洞）` };
}

/** The ring description at the start of a sentence. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function formatLocation(location: readonly number[]): string {
  return `${location[0]!.toFixed(6)}, ${location[1]!.toFixed(6)}`;
}

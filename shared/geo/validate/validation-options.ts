// Thresholds of geometry validation, with defaults chosen for reclaimed parcels (0.3–150 mu).

export interface ValidationOptions {
  /** Below this ellipsoidal area (m²) a polygon is a sliver. Default 1 m². */
  readonly minAreaM2?: number;
  /** Below this thinness 4πA/P² (1 for a circle, ≈ π·w/l for a long strip) a polygon is a sliver. Default 0.03. */
  readonly minThinness?: number;
  /** Vertices closer than this (m) are duplicates. Default 0.001 m. */
  readonly duplicateToleranceM?: number;
  /** A vertex whose two edges meet at less than this angle (degrees) is a spike. Default 1°. */
  readonly spikeAngleDeg?: number;
  /** Report rings wound against RFC 7946 (shells counter-clockwise, holes clockwise). Default true. */
  readonly checkOrientation?: boolean;
}

export const DEFAULT_VALIDATION_OPTIONS: Required<ValidationOptions> = {
  minAreaM2: 1,
  minThinness: 0.03,
  duplicateToleranceM: 0.001,
  spikeAngleDeg: 1,
  checkOrientation: true,
};

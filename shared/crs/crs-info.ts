// What Landlink knows about a coordinate reference system: enough to transform with proj4 and to tell the user
// which system a number is in.

export type Datum = 'CGCS2000' | 'Xian1980' | 'Beijing1954' | 'WGS84';

export interface GaussKrugerZone {
  /** 3 or 6 degree zones. */
  readonly zoneWidth: 3 | 6;
  /** Zone number (3°: central meridian / 3; 6°: (central meridian + 3) / 6). */
  readonly zone: number;
  readonly centralMeridian: number;
  /** True when the easting carries the zone number in front (false easting = zone × 10⁶ + 500000). */
  readonly prefixed: boolean;
  readonly falseEasting: number;
}

export interface BilingualText {
  readonly en: string;
  readonly zh: string;
}

export interface CrsInfo {
  /** EPSG code; 0 for a system read from a .prj that matches no EPSG code Landlink knows. */
  readonly code: number;
  readonly name: string;
  readonly kind: 'geographic' | 'projected';
  readonly datum: Datum;
  /** proj4 definition without a datum shift: projecting only on the system's own ellipsoid. */
  readonly proj4: string;
  readonly gaussKruger?: GaussKrugerZone;
  /** Set for Xian 1980 and Beijing 1954: converting them to CGCS2000 needs official parameters. */
  readonly datumWarning?: BilingualText;
}

/** "EPSG:4547", or the system's name when it has no EPSG code. */
export function crsLabel(crs: CrsInfo): string {
  return crs.code > 0 ? `EPSG:${crs.code}` : crs.name;
}

// What a format reader returns: features with raw coordinates (in whatever system the file uses) and what the file
// says about that system, for shared/crs/detect to decide.
import type { Feature, Geometry } from 'geojson';

export type ReadProperties = Record<string, string | number | boolean | null>;

export interface ReadLayer {
  readonly name: string;
  readonly features: Feature<Geometry | null, ReadProperties>[];
  /** WKT (.prj) or a CRS name (GeoJSON `crs` member), when the file carries one. */
  readonly crsText?: string;
  /** How the text encoding was chosen, when the format has one to choose. */
  readonly encoding?: { readonly name: string; readonly how: { readonly en: string; readonly zh: string } };
}

// What a format reader returns: features with raw coordinates (in whatever system the file uses) and what the file
// says about that system, for shared/crs/detect to decide.
import type { Feature, Geometry } from 'geojson';
import type { BilingualText, CrsInfo } from '../crs/crs-info';

export type ReadProperties = Record<string, string | number | boolean | null>;

export interface ReadLayer {
  readonly name: string;
  readonly features: Feature<Geometry | null, ReadProperties>[];
  /** WKT (.prj) or a CRS name (GeoJSON `crs` member), when the file carries one. */
  readonly crsText?: string;
  /** The system the file itself declares in its own terms (a coordinate TXT's [属性描述]), and where it says so. */
  readonly declaredCrs?: { readonly crs: CrsInfo; readonly by: BilingualText };
  /** How the text encoding was chosen, when the format has one to choose. */
  readonly encoding?: { readonly name: string; readonly how: { readonly en: string; readonly zh: string } };
}

// What a field package says about itself (landlink_meta `field_package`): its id, when and by whom it was made,
// for which area, from which project, and how many rows of each table it took.
import type { MultiPolygon, Polygon } from 'geojson';
import type { Database } from 'sql.js';
import { readMeta } from '../../project/project-meta';
import { PACKAGE_META_KEY } from './package-tables';

export interface FieldPackageInfo {
  readonly packageId: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly area: { readonly kind: 'township' | 'village'; readonly name: string } | { readonly kind: 'polygon'; readonly name: string; readonly geometry: Polygon | MultiPolygon };
  readonly sourceProject: string;
  /** The id of the project it was made from (packages made before project ids existed have none). */
  readonly projectId?: string;
  /** SHA-256 of the base rows as exported (see package-identity.ts). */
  readonly baseDigest?: string;
  readonly counts: Readonly<Record<string, number>>;
}

/** The package's info, or null when the database is not a field package. */
export function readFieldPackageInfo(db: Database): FieldPackageInfo | null {
  const text = readMeta(db)[PACKAGE_META_KEY];
  if (!text) return null;
  try {
    const info = JSON.parse(text) as FieldPackageInfo;
    return typeof info.packageId === 'string' ? info : null;
  } catch {
    return null;
  }
}

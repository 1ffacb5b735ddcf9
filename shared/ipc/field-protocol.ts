// What field mode asks the project worker for (issue 8): saving a verification, and (with the field core in
// shared/field) photos, field packages and the three-way merge. Plain values only: they cross the worker boundary.
import type { StoredPhotoInfo } from '../field/photos/photo-queries';

/** A verification as the field form submits it (columns of shared/domain/tables/verifications.ts). */
export interface VerificationInput {
  readonly entity_table: 'old_houses' | 'reclaim_parcels';
  readonly entity_code: string;
  readonly verified_at: string;
  readonly inspectors: string | null;
  readonly longitude: number | null;
  readonly latitude: number | null;
  readonly accuracy_m: number | null;
  readonly finding: 'pass' | 'fail' | 'doubtful' | null;
  readonly measured_area_m2: number | null;
  readonly land_class: string | null;
  /** Checklist answers (renderer/src/field/verification-checklist.ts), stored as JSON. */
  readonly checklist: Record<string, string | number>;
  readonly remarks: string | null;
}

export interface SaveVerificationResult {
  readonly code: string;
  /** True when an existing record (e.g. one a photo import created today) was completed rather than a new one added. */
  readonly updated: boolean;
}

/** A stored photo as the app shows it (thumbnail on the map, strip in the form and the feature panel). */
export interface FieldPhoto extends Omit<StoredPhotoInfo, 'operator' | 'device'> {
  readonly entityTable: string | null;
  readonly entityCode: string | null;
  readonly bytes: Uint8Array;
}

/** Where a photo goes when the user picks it by hand (an unmatched photo, or a capture for the target in the form). */
export interface PhotoAssignment {
  readonly table: 'old_houses' | 'reclaim_parcels';
  readonly code: string;
}

/** Position and time for a photo that has none in EXIF (a capture in the app, from the current GNSS fix). */
export interface PhotoMetadataFill {
  readonly longitude: number | null;
  readonly latitude: number | null;
  readonly accuracyM: number | null;
  readonly takenAt: string | null;
  readonly device: string | null;
}

export interface PhotoImportArgs {
  readonly files: readonly { readonly name: string; readonly bytes: Uint8Array }[];
  readonly maxDistanceM?: number;
  readonly assignments?: Readonly<Record<string, PhotoAssignment>>;
  readonly metadata?: Readonly<Record<string, PhotoMetadataFill>>;
  readonly inspectors?: string;
  /** Attach every stored photo to this verification (the one open in the form) instead of the entity's of that day. */
  readonly verificationCode?: string;
  /** Only read and match: nothing is written. */
  readonly dryRun: boolean;
}

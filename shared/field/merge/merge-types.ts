// The result of comparing a field package with the project it came from. Plain objects only: plans cross the
// worker boundary and are printed as JSON by `landlink merge --json`. Geometry values are GeoJSON.
import type { FieldPackageInfo } from '../package/package-info';

export interface MergeFieldChange {
  readonly field: string;
  readonly base: unknown;
  readonly package: unknown;
  readonly project: unknown;
}

export interface MergeChange {
  readonly table: string;
  /** The row's code in the package. */
  readonly code: string;
  /** insert/update/delete a row; relate/unrelate a photo to a verification (code = `verification/photo`). */
  readonly action: 'insert' | 'update' | 'delete' | 'relate' | 'unrelate';
  readonly fields: readonly MergeFieldChange[];
  /** A verification or photo added in the field whose code the office had used meanwhile gets this new code. */
  readonly newCode?: string;
}

export type ConflictKind =
  /** The same field changed differently on both sides. */
  | 'field'
  /** Deleted in the field, edited in the office. */
  | 'delete-edit'
  /** Edited in the field, deleted in the office. */
  | 'edit-delete'
  /** Both sides added a different feature with the same code. */
  | 'code-clash';

export interface MergeConflict {
  /** `table/code/field`: the key of the user's resolution. */
  readonly id: string;
  readonly table: string;
  readonly code: string;
  /** A column, `geom`, or `*` for the whole row. */
  readonly field: string;
  readonly kind: ConflictKind;
  readonly base: unknown;
  readonly package: unknown;
  readonly project: unknown;
}

/** Keep the project's value, take the package's, or (code clash only) keep both, the package's under a new code. */
export type MergeResolution = 'project' | 'package' | 'both';

export interface MergeProblem {
  readonly table: string;
  readonly code: string;
  readonly field: string;
  readonly value: unknown;
  readonly message: { readonly zh: string; readonly en: string };
}

export interface MergePlan {
  readonly packageInfo: FieldPackageInfo;
  /** Changes made in the field that apply cleanly. */
  readonly changes: readonly MergeChange[];
  readonly conflicts: readonly MergeConflict[];
  /** Fields changed identically on both sides (nothing to do). */
  readonly same: number;
  /** Conflicts the user already decided in an earlier merge of this package (kept as decided). */
  readonly decided: number;
  /** Values from the field that Landlink cannot store (e.g. an unknown status typed in QGIS): not applied. */
  readonly problems: readonly MergeProblem[];
  /** Earlier merges of this package into this project. */
  readonly previousMerges: readonly { readonly at: string; readonly user: string }[];
}

export interface MergeOutcome {
  readonly applied: readonly MergeChange[];
  readonly resolved: readonly (MergeConflict & { readonly resolution: MergeResolution })[];
  readonly remaining: readonly MergeConflict[];
  readonly problems: readonly MergeProblem[];
}

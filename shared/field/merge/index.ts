// Merging a field package back into the project: a three-way plan, then an all-or-nothing apply.
export { planMerge, planMergeDetails, NotAFieldPackageError } from './plan-merge';
export { applyMerge, type ApplyMergeOptions } from './apply-merge';
export type { MergePlan, MergeChange, MergeConflict, MergeFieldChange, MergeProblem, MergeResolution, MergeOutcome, ConflictKind } from './merge-types';

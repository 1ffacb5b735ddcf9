// One line of `npm run bench`: a measured figure, the anchor measured in the same run, and their ratio.
// Ratios are what the team compares across machines; absolute numbers are kept for context.
export interface BenchRow {
  /** What was measured, e.g. `area of 100k parcels (ellipsoidal)`. */
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The reference measured in the same run, e.g. turf.area on the same parcels. */
  readonly anchor?: { readonly name: string; readonly value: number; readonly unit: string };
  /** value / anchor.value (below 1 means Landlink is faster or smaller). */
  readonly ratio?: number;
  /** The goal for the ratio or value, e.g. `≤ 1.0×`. */
  readonly goal?: string;
  readonly note?: string;
}

export interface BenchContext {
  /** A scratch folder for generated projects; deleted after the run. */
  readonly workDir: string;
  /** Set by `npm run bench -- --quick`: smaller inputs, for checking the harness itself. */
  readonly quick: boolean;
}

/** A benchmark case: a file in tests/bench/cases/ whose default export is one of these. */
export interface BenchCase {
  readonly title: string;
  run(context: BenchContext): Promise<BenchRow[]>;
}

/** Milliseconds taken by `work`, measured with the monotonic clock. */
export async function timeMs(work: () => unknown | Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

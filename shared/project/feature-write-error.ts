// Why a write was refused, naming the feature (its index in the batch) and the field, in English and Chinese.
export type FeatureWriteErrorCode = 'unknown-table' | 'read-only-table' | 'unknown-field' | 'invalid-value' | 'invalid-geometry' | 'duplicate-code' | 'not-found';

export class FeatureWriteError extends Error {
  override readonly name = 'FeatureWriteError';
  constructor(
    readonly code: FeatureWriteErrorCode,
    message: string,
    readonly messageZh: string,
    /** Index of the offending feature in the batch, when the write was a batch. */
    readonly featureIndex?: number,
    readonly field?: string,
  ) {
    super(message);
  }
}

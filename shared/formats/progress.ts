// Progress and cancellation for readers and writers that can take long (a 1 GB shapefile, 100k corner points):
// the worker reports `(done, total)` between chunks and checks `cancel.cancelled`, which the UI's cancel button sets.
import { FormatReadError } from './read-error';

export type ProgressCallback = (done: number, total: number) => void;

/** Set `cancelled` to true from outside; long loops check it between chunks and stop with ReadCancelledError. */
export interface CancelSignal {
  cancelled: boolean;
}

export interface LongTaskOptions {
  readonly onProgress?: ProgressCallback;
  readonly cancel?: CancelSignal;
  /** Awaited between chunks by the loops that can (stepAsync): a worker lets its cancel message in there. */
  readonly pause?: () => Promise<void>;
}

export class ReadCancelledError extends FormatReadError {
  constructor() {
    super('The import was cancelled; nothing was changed.', '已取消导入；未做任何更改。');
  }
}

/** How many items a loop handles between two progress reports and cancel checks. */
export const CHUNK = 2000;

/** Reports progress and throws when cancelled; call it every CHUNK items. */
export function step(options: LongTaskOptions | undefined, done: number, total: number): void {
  if (options?.cancel?.cancelled) throw new ReadCancelledError();
  options?.onProgress?.(done, total);
}

/** step() for async loops: first lets other work in (a cancel message), then reports and checks. */
export async function stepAsync(options: LongTaskOptions | undefined, done: number, total: number): Promise<void> {
  if (options?.pause) await options.pause();
  step(options, done, total);
}

// Runs the import worker whenever the wizard's request changes, and says what the UI should show meanwhile: the last
// result, the progress (after a short delay, so quick reads do not flash), or the error. Cancel stops the worker and
// goes back to the last request that was read completely.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BilingualText } from '../../../shared/crs/crs-info';
import type { PrepareRequest, PreparedImport } from './import-messages';
import type { ImportWorkerClient } from './import-worker-client';
import { isRpcError } from '../rpc/rpc-error';

/** Progress shows only for work that takes longer than this. */
export const PROGRESS_DELAY_MS = 400;

export interface PreparedState {
  readonly prepared: PreparedImport | null;
  /** Non-null while reading; `visible` once it has taken longer than PROGRESS_DELAY_MS. */
  readonly working: { readonly done: number; readonly total: number; readonly visible: boolean } | null;
  readonly error: BilingualText | null;
  /** True when the user cancelled before anything was read: the wizard closes. */
  readonly cancelledBeforeFirst: boolean;
  cancel(): void;
}

export function usePreparedImport(client: ImportWorkerClient, request: PrepareRequest, onRevert: (request: PrepareRequest) => void): PreparedState {
  const [prepared, setPrepared] = useState<PreparedImport | null>(null);
  const [working, setWorking] = useState<PreparedState['working']>(null);
  const [error, setError] = useState<BilingualText | null>(null);
  const [cancelledBeforeFirst, setCancelledBeforeFirst] = useState(false);
  const sequence = useRef(0);
  const lastGood = useRef<PrepareRequest | null>(null);
  const key = JSON.stringify(request);

  useEffect(() => {
    // Back to the request that was read last (after a cancel): its result is still shown, nothing to read.
    if (lastGood.current && JSON.stringify(lastGood.current) === key) return;
    const mine = ++sequence.current;
    const current = (): boolean => sequence.current === mine;
    setWorking({ done: 0, total: 0, visible: false });
    const timer = setTimeout(() => current() && setWorking((w) => (w ? { ...w, visible: true } : w)), PROGRESS_DELAY_MS);
    client
      .prepare(request, (done, total) => current() && setWorking((w) => (w ? { ...w, done, total } : w)))
      .then(
        (result) => {
          if (!current()) return;
          lastGood.current = request;
          setPrepared(result);
          setError(null);
        },
        (reason: unknown) => {
          if (!current() || isRpcError(reason, 'cancelled')) return;
          setError(isRpcError(reason) ? { en: reason.failure.message, zh: reason.failure.messageZh } : { en: String(reason), zh: String(reason) });
        },
      )
      .finally(() => {
        clearTimeout(timer);
        if (current()) setWorking(null);
      });
    return () => clearTimeout(timer);
    // The request is compared by value (key): a new object with the same choices reads nothing again.
  }, [client, key]);

  const cancel = useCallback(() => {
    sequence.current++;
    client.cancel();
    setWorking(null);
    if (lastGood.current) onRevert(lastGood.current);
    else setCancelledBeforeFirst(true);
  }, [client, onRevert]);

  return { prepared, working, error, cancelledBeforeFirst, cancel };
}

// The ledger view for the workspace: asked of the worker again whenever the project view changes (a parcel's status
// edited in the table or the form, an undo, a new sale) or the scenario changes, so the figures and the plan follow
// at once. A stale answer (a newer request went out meanwhile) is dropped.
import { useEffect, useRef, useState } from 'react';
import type { LedgerView } from '../../../shared/ipc/ledger-protocol';
import type { AppServices } from '../app/app-services';
import { useAppStore } from '../state/app-store';
import { useLedgerStore } from './ledger-store';
import { RpcError } from '../rpc/rpc-error';

export interface LedgerViewState {
  readonly view: LedgerView | null;
  readonly error: string | null;
}

export function useLedgerView(app: AppServices, language: string): LedgerViewState {
  const projectView = useAppStore((s) => s.project?.view ?? null);
  const scenario = useLedgerStore((s) => s.scenario);
  const asOfDate = useLedgerStore((s) => s.asOfDate);
  const [state, setState] = useState<LedgerViewState>({ view: null, error: null });
  const request = useRef(0);
  useEffect(() => {
    if (!projectView) {
      setState({ view: null, error: null });
      return;
    }
    const id = ++request.current;
    app.project.ledgerView(scenario, asOfDate ?? undefined).then(
      (view) => {
        if (id === request.current) setState({ view, error: null });
      },
      (error: unknown) => {
        if (id !== request.current) return;
        const text = error instanceof RpcError ? (language === 'en' ? error.failure.message : error.failure.messageZh) : String(error);
        setState((s) => ({ view: s.view, error: text }));
      },
    );
  }, [app, projectView, scenario, asOfDate, language]);
  return state;
}

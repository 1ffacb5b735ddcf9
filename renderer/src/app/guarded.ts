// Two wrappers every command uses: `withBusy` shows the status bar's busy label while work runs, and `runGuarded`
// turns any failure into one clear toast in the user's language, leaving the project as it was.
import { useAppStore } from '../state/app-store';
import { RpcError } from '../rpc/rpc-error';
import { currentLanguage } from '../i18n/i18n';
import { uiCommands } from './ui-commands';

export async function withBusy<T>(label: string, work: () => Promise<T>): Promise<T> {
  useAppStore.setState({ busy: label });
  try {
    return await work();
  } finally {
    useAppStore.setState({ busy: null });
  }
}

/** The message of a failure in the user's language (the worker's bilingual text when it has one). */
export function failureText(error: unknown): string {
  if (error instanceof RpcError) return error.text(currentLanguage());
  return error instanceof Error ? error.message : String(error);
}

/** Runs a command; a failure becomes an error toast. Resolves false when it failed. */
export async function runGuarded(work: () => Promise<void>): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    uiCommands.toast(failureText(error), 'error');
    return false;
  }
}

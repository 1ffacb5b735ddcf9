// Keyboard shortcuts for actions. In Electron the native menu owns each listed action's first shortcut (its
// accelerator fires before the page sees the key), so here the page matches every other shortcut: all of them in the
// browser host, and in Electron the ones no menu accelerator carries (e.g. Ctrl+Shift+Z for redo).
import { useEffect } from 'react';
import { ACTIONS } from '../actions/registry';
import { runAction } from '../actions/run-action';
import { matchesShortcut, pageShortcuts } from '../actions/shortcuts';
import type { AppServices } from './app-services';

const isMac = navigator.platform.toLowerCase().startsWith('mac');

export function useShortcuts(app: AppServices): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null;
      const typing = target?.tagName === 'INPUT' || target?.tagName === 'TEXTAREA' || target?.isContentEditable;
      for (const action of ACTIONS) {
        if (!pageShortcuts(action, app.host.kind).some((shortcut) => matchesShortcut(event, shortcut, isMac))) continue;
        // While typing, only shortcuts with a modifier act, so text fields keep their own keys.
        if (typing && !(event.ctrlKey || event.metaKey)) continue;
        event.preventDefault();
        void runAction(app, action.id);
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [app]);
}

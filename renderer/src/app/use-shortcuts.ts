// Keyboard shortcuts for actions. In Electron the native menu owns the shortcuts it lists (its accelerators fire
// before the page sees the key), so here only the browser host, or actions without a menu item, are matched.
import { useEffect } from 'react';
import { ACTIONS } from '../actions/registry';
import { matchesShortcut } from '../actions/shortcuts';
import { APPLICATION_MENU } from '../../../shared/app/menu-spec';
import type { AppController } from './app-controller';

const isMac = navigator.platform.toLowerCase().startsWith('mac');
const menuActionIds = new Set(APPLICATION_MENU.flatMap((menu) => menu.items.map((item) => item.id)));

export function useShortcuts(app: AppController): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null;
      const typing = target?.tagName === 'INPUT' || target?.tagName === 'TEXTAREA' || target?.isContentEditable;
      for (const action of ACTIONS) {
        if (app.host.kind === 'electron' && menuActionIds.has(action.id)) continue;
        if (!action.shortcuts?.some((shortcut) => matchesShortcut(event, shortcut, isMac))) continue;
        // While typing, only shortcuts with a modifier act, so text fields keep their own keys.
        if (typing && !(event.ctrlKey || event.metaKey)) continue;
        event.preventDefault();
        void app.runCommand(action.id);
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [app]);
}

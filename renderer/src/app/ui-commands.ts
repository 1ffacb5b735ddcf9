// Small UI state changes that actions perform (panels, palette, selection, toasts, modal dialogs).
import { useAppStore, type DialogButton, type Selection, type Toast } from '../state/app-store';

let nextToastId = 1;

export const uiCommands = {
  setPaletteOpen(open: boolean): void {
    useAppStore.setState({ paletteOpen: open });
  },
  /** Selects features (map, table and panels follow); null clears the selection. */
  select(selection: Selection | null): void {
    useAppStore.setState({ selection: selection && selection.fids.length ? selection : null });
  },
  toggleSidePanel(): void {
    useAppStore.setState((s) => ({ sidePanelOpen: !s.sidePanelOpen }));
  },
  toast(text: string, kind: Toast['kind'] = 'info'): void {
    const id = nextToastId++;
    useAppStore.setState((s) => ({ toasts: [...s.toasts, { id, text, kind }] }));
    setTimeout(() => useAppStore.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })), kind === 'error' ? 12_000 : 4_000);
  },
  /** Shows a modal dialog and resolves with the id of the button the user pressed (Escape picks `cancel`). */
  ask(title: string, body: string, buttons: readonly DialogButton[]): Promise<string> {
    return new Promise((resolve) => {
      useAppStore.setState({
        dialog: {
          title,
          body,
          buttons,
          resolve: (id) => {
            useAppStore.setState({ dialog: null });
            resolve(id);
          },
        },
      });
    });
  },
};

export type UiCommands = typeof uiCommands;

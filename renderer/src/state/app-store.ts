// UI state of the app shell (zustand). Project data itself lives in the worker; the store keeps the view of it the
// UI draws, and what the user is doing right now.
import { create } from 'zustand';
import type { ProjectView } from '../worker/project-protocol';
import type { AppLanguage } from '../i18n/i18n';

export interface OpenProject {
  readonly view: ProjectView;
  /** Where the project is saved (path in Electron, key in the browser); null until first saved. */
  readonly handle: string | null;
  /** File name shown in the title, e.g. `示例县.gpkg`. */
  readonly fileName: string;
  readonly dirty: boolean;
}

export interface DialogButton {
  readonly id: string;
  readonly label: string;
  readonly primary?: boolean;
}

export interface DialogRequest {
  readonly title: string;
  readonly body: string;
  readonly buttons: readonly DialogButton[];
  resolve(buttonId: string): void;
}

export interface Toast {
  readonly id: number;
  readonly text: string;
  readonly kind: 'info' | 'error';
}

export interface AppState {
  project: OpenProject | null;
  busy: string | null;
  language: AppLanguage;
  sidePanelOpen: boolean;
  paletteOpen: boolean;
  cursor: { lon: number; lat: number } | null;
  scaleDenominator: number | null;
  toasts: Toast[];
  dialog: DialogRequest | null;
  /** Incremented to ask the map to fit the project's bounds. */
  zoomRequest: number;
  /** Selected features (map, table and panels share it). */
  selection: Selection | null;
}

export interface Selection {
  readonly table: string;
  readonly fids: readonly number[];
}

export const useAppStore = create<AppState>(() => ({
  project: null,
  busy: null,
  language: 'zh-CN',
  sidePanelOpen: true,
  paletteOpen: false,
  cursor: null,
  scaleDenominator: null,
  toasts: [],
  dialog: null,
  zoomRequest: 0,
  selection: null,
}));

// State of the print layout view: whether it is open, the settings being edited, the project's print data, which
// extent a single map shows, the page images ready so far, and the progress of a running render.
import { create } from 'zustand';
import type { PrintData } from '../../../shared/print/print-data';
import { DEFAULT_PRINT_SETTINGS, type PrintSettings } from '../../../shared/print/print-settings';

/** `county`, `view` (the main map's current view), `selection`, `township:<name>` or `project:<code>`. */
export type ExtentChoice = string;

export interface PrintProgress {
  readonly done: number;
  readonly total: number;
  /** What runs: the preview or an export. */
  readonly purpose: 'preview' | 'pdf' | 'png';
}

export interface PrintViewState {
  open: boolean;
  settings: PrintSettings;
  /** Settings as saved in the project, to tell whether there is something to save. */
  savedSettings: PrintSettings;
  data: PrintData | null;
  extent: ExtentChoice;
  /** Map image URL per page key, for the pages on screen. */
  images: Record<string, string>;
  progress: PrintProgress | null;
  /** False from a change of what the maps show until their preview images are all drawn (tests wait on it). */
  previewReady: boolean;
  error: string | null;
}

export const usePrintStore = create<PrintViewState>(() => ({
  open: false,
  settings: DEFAULT_PRINT_SETTINGS,
  savedSettings: DEFAULT_PRINT_SETTINGS,
  data: null,
  extent: 'county',
  images: {},
  progress: null,
  previewReady: false,
  error: null,
}));

export function updatePrintSettings(change: Partial<PrintSettings>): void {
  usePrintStore.setState((s) => ({ settings: { ...s.settings, ...change } }));
}

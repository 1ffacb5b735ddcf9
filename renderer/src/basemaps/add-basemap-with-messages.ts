// Adding a basemap as the user sees it: busy while reading, a toast naming the file when it is on the map, and a
// clear message (what, which file, what to do) when it cannot be opened.
import i18next from 'i18next';
import { uiCommands } from '../app/ui-commands';
import { getHost } from '../host/get-host';
import { useAppStore } from '../state/app-store';
import { addBasemapFromFile } from './add-basemap-from-file';
import { BasemapError } from './basemap-error';
import { basemapCommands } from './basemap-store';

export function basemapErrorText(error: unknown): string {
  if (error instanceof BasemapError) return i18next.t(`basemaps.errors.${error.key}`, error.values);
  return i18next.t('basemaps.errors.unexpected', { reason: error instanceof Error ? error.message : String(error) });
}

export async function addBasemapWithMessages(): Promise<void> {
  try {
    const host = getHost();
    useAppStore.setState({ busy: i18next.t('basemaps.reading') });
    const entry = await addBasemapFromFile(host);
    if (!entry) return;
    basemapCommands.setPanelOpen(true);
    uiCommands.toast(i18next.t('basemaps.added', { name: entry.name }));
  } catch (error) {
    uiCommands.toast(basemapErrorText(error), 'error');
  } finally {
    useAppStore.setState({ busy: null });
  }
}

// The Host in plain Chromium (tests and `npm run web`): projects live in IndexedDB (one transaction per save, the
// previous version kept under `<handle>.bak`), files come from the browser's picker, exports leave as downloads.
import { openWebSerialPort } from './web-serial';
import type { AppInfo, FileFilter, Host, HostFileRef, JournalMeta, OpenedFile, RecentFile, SaveResult } from '../../../shared/host/host';
import { PRODUCT_NAME } from '../../../shared/app/app-identity';
import { idbStore } from './idb-store';
import { downloadBytes, pickFiles } from './file-picker';

const RECENT_KEY = 'recent-files';
const JOURNAL_KEY = 'journal';
const MAX_RECENT = 10;
const PROJECT_FILTERS: readonly FileFilter[] = [{ name: 'GeoPackage', extensions: ['gpkg'] }];

const projectKey = (handle: string): string => `project:${handle}`;

/** Large files picked for byte-range reads stay in memory as File objects (never copied). */
const largeFiles = new Map<string, File>();

async function touchRecent(handle: string, name: string): Promise<void> {
  const recent = (await idbStore.get<RecentFile[]>(RECENT_KEY)) ?? [];
  const next = [{ handle, name, openedAt: new Date().toISOString() }, ...recent.filter((r) => r.handle !== handle)].slice(0, MAX_RECENT);
  await idbStore.putMany([[RECENT_KEY, next]]);
}

async function storeProject(handle: string, name: string, bytes: Uint8Array): Promise<SaveResult> {
  const previous = await idbStore.get<{ name: string; bytes: Uint8Array }>(projectKey(handle));
  const entries: [string, unknown][] = [[projectKey(handle), { name, bytes }]];
  if (previous) entries.push([projectKey(`${handle}.bak`), previous]);
  await idbStore.putMany(entries);
  await touchRecent(handle, name);
  return previous ? { handle, name, backup: `${handle}.bak` } : { handle, name };
}

async function fileToOpened(file: File, handle: string): Promise<OpenedFile> {
  return { handle, name: file.name, size: file.size, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export function createBrowserHost(): Host {
  return {
    kind: 'browser',
    async appInfo(): Promise<AppInfo> {
      return { name: PRODUCT_NAME, version: __APP_VERSION__, host: 'browser', platform: navigator.platform, versions: { browser: navigator.userAgent } };
    },
    async openProject() {
      const files = await pickFiles(PROJECT_FILTERS, false);
      const file = files?.[0];
      if (!file) return null;
      const opened = await fileToOpened(file, file.name);
      await storeProject(opened.handle, opened.name, opened.bytes);
      return opened;
    },
    async readProject(handle) {
      const stored = await idbStore.get<{ name: string; bytes: Uint8Array }>(projectKey(handle));
      if (!stored) throw new Error(`The project “${handle}” is no longer stored in this browser. Open it again from a file.`);
      await touchRecent(handle, stored.name);
      return { handle, name: stored.name, size: stored.bytes.byteLength, bytes: stored.bytes };
    },
    saveProject: (handle, bytes) => storeProject(handle, handle, bytes),
    async saveProjectAs(suggestedName, bytes) {
      const name = suggestedName.endsWith('.gpkg') ? suggestedName : `${suggestedName}.gpkg`;
      const result = await storeProject(name, name, bytes);
      // A browser cannot write beside the original file: the download is the user's copy on disk.
      downloadBytes(name, bytes, 'application/geopackage+sqlite3');
      return result;
    },
    async recentFiles() {
      return (await idbStore.get<RecentFile[]>(RECENT_KEY)) ?? [];
    },
    async forgetRecentFile(handle) {
      const recent = (await idbStore.get<RecentFile[]>(RECENT_KEY)) ?? [];
      await idbStore.putMany([[RECENT_KEY, recent.filter((r) => r.handle !== handle)]]);
    },
    async pickImportFiles(filters, multiple) {
      const files = await pickFiles(filters, multiple);
      if (!files) return null;
      return Promise.all(files.map((file) => fileToOpened(file, `picked:${file.name}`)));
    },
    async writeExport(suggestedName, _filters, bytes) {
      downloadBytes(suggestedName, bytes);
      return { handle: `download:${suggestedName}`, name: suggestedName };
    },
    async pickLargeFile(filters): Promise<HostFileRef | null> {
      const files = await pickFiles(filters, false);
      const file = files?.[0];
      if (!file) return null;
      const handle = `large:${crypto.randomUUID()}`;
      largeFiles.set(handle, file);
      return { handle, name: file.name, size: file.size };
    },
    async readByteRange(handle, offset, length) {
      const file = largeFiles.get(handle);
      if (!file) throw new Error(`The file for “${handle}” is no longer available. Add it again.`);
      return new Uint8Array(await file.slice(offset, offset + length).arrayBuffer());
    },
    async printToPdf(options) {
      // The browser's print dialog offers "Save as PDF"; it cannot report where the user saved.
      window.print();
      return { handle: `print:${options.suggestedName}`, name: options.suggestedName };
    },
    async writeJournal(bytes: Uint8Array, meta: JournalMeta) {
      await idbStore.putMany([[JOURNAL_KEY, { bytes, meta }]]);
    },
    async readJournal() {
      return (await idbStore.get<{ bytes: Uint8Array; meta: JournalMeta }>(JOURNAL_KEY)) ?? null;
    },
    clearJournal: () => idbStore.delete(JOURNAL_KEY),
    onMenuCommand: () => () => undefined,
    setDocumentState(state) {
      document.title = state.title;
    },
    confirmClose() {
      window.close();
    },
    openSerialPort: (baudRate) => openWebSerialPort(baudRate, 'browser'),
  };
}

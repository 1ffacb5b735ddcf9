// One handler per allow-listed channel. Each validates its arguments (type, size, path grant) before acting, and
// file writes are atomic (temp file, fsync, rename, previous kept as .bak).
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AppInfo, JournalMeta, OpenedFile, SaveResult } from '../../shared/host/host';
import { PRODUCT_NAME } from '../../shared/app/app-identity';
import type { InvokeChannel } from '../../shared/ipc/channels';
import { atomicWriteFile } from '../../shared/node/atomic-write-file';
import { ProjectFileBusyError, readProjectGuarded, saveProjectGuarded, type FileIdentity } from '../../shared/node/project-file-guard';
import { unlockProject } from '../../shared/node/project-lock';
import type { CrashJournal } from './crash-journal';
import { isAppUrl } from './navigation-policy';
import type { PathGrants } from './path-grants';
import type { RecentFiles } from './recent-files';
import { IpcArgumentError, requireAbsolutePath, requireBoolean, requireBytes, requireFileFilters, requireFileName, requireRange, requireString } from './ipc-validate';

export interface HandlerDeps {
  readonly grants: PathGrants;
  readonly recent: RecentFiles;
  readonly journal: CrashJournal;
  /** Called after the recent list changes so the Open Recent menu follows. */
  onRecentChanged(): void;
}

const PROJECT_FILTERS = [{ name: 'GeoPackage', extensions: ['gpkg'] }];
const MAX_IMPORT_FILES = 50;

async function readOpened(filePath: string): Promise<OpenedFile> {
  const bytes = new Uint8Array(await readFile(filePath));
  return { handle: filePath, name: path.basename(filePath), size: bytes.byteLength, bytes };
}

function senderWindow(event: IpcMainInvokeEvent): BrowserWindow {
  const window = BrowserWindow.fromWebContents(event.sender);
  if (!window) throw new IpcArgumentError('The request did not come from a Landlink window.');
  return window;
}

const APP_PROGRAM = 'the Landlink app';
/** The identity each open project had when it was read or last saved, so a save never undoes another program's. */
const projectIdentities = new Map<string, FileIdentity>();

/**
 * Reads a project as the CLI does: a WAL log another program left is applied, a file another process holds or
 * with a hot journal is refused with a sentence. The lock is held only for the read (and again for each save).
 */
async function readProjectOpened(filePath: string): Promise<OpenedFile> {
  try {
    const read = await readProjectGuarded(filePath, { program: APP_PROGRAM, lockWaitMs: 3000 });
    projectIdentities.set(path.normalize(filePath), read.identity);
    return { handle: filePath, name: path.basename(filePath), size: read.bytes.byteLength, bytes: read.bytes };
  } finally {
    unlockProject(filePath);
  }
}

async function writeProjectFile(filePath: string, bytes: Uint8Array): Promise<SaveResult> {
  const key = path.normalize(filePath);
  const expected = projectIdentities.get(key);
  try {
    const result = saveProjectGuarded(filePath, bytes, { program: APP_PROGRAM, keepBackup: true, ...(expected ? { expected } : {}) });
    projectIdentities.set(key, result.identity);
    return { handle: filePath, name: path.basename(filePath), ...(result.backup ? { backup: result.backup } : {}) };
  } catch (error) {
    if (error instanceof ProjectFileBusyError) throw new IpcArgumentError(`${error.message}.`);
    throw error;
  } finally {
    unlockProject(filePath);
  }
}

export function registerIpcHandlers(deps: HandlerDeps): void {
  const { grants, recent, journal } = deps;
  const handle = (channel: InvokeChannel, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void => {
    ipcMain.handle(channel, (event, ...args) => {
      // Only the app's own page may call: a frame from anywhere else gets nothing.
      if (!isAppUrl(event.senderFrame?.url ?? '')) throw new IpcArgumentError('The request did not come from the Landlink page.');
      return listener(event, ...args);
    });
  };

  handle('host:appInfo', (): AppInfo => ({
    name: PRODUCT_NAME,
    version: app.getVersion(),
    host: 'electron',
    platform: process.platform,
    versions: { electron: process.versions.electron ?? '', chrome: process.versions.chrome ?? '', node: process.versions.node },
  }));

  handle('host:openProject', async (event) => {
    const result = await dialog.showOpenDialog(senderWindow(event), { properties: ['openFile'], filters: PROJECT_FILTERS });
    const filePath = result.canceled ? undefined : result.filePaths[0];
    if (!filePath) return null;
    grants.grant(filePath, 'write');
    await recent.add(filePath);
    deps.onRecentChanged();
    return readProjectOpened(filePath);
  });

  handle('host:readProject', async (_event, handleArg) => {
    const filePath = requireAbsolutePath(handleArg, 'project path');
    const isRecentProject = recent.list().some((r) => r.handle === filePath);
    if (!grants.has(filePath) && !isRecentProject) grants.require(filePath, 'The project path');
    // Reading a path does not make it writable: a basemap granted for viewing stays read-only.
    if (isRecentProject) grants.grant(filePath, 'write');
    await recent.add(filePath);
    deps.onRecentChanged();
    return readProjectOpened(filePath);
  });

  handle('host:saveProject', async (_event, handleArg, bytesArg) => {
    const filePath = grants.requireWritable(requireAbsolutePath(handleArg, 'project path'), 'The project path');
    const saved = await writeProjectFile(filePath, requireBytes(bytesArg, 'project bytes'));
    await recent.add(filePath);
    return saved;
  });

  handle('host:saveProjectAs', async (event, nameArg, bytesArg) => {
    const suggested = requireFileName(nameArg, 'file name');
    const bytes = requireBytes(bytesArg, 'project bytes');
    const result = await dialog.showSaveDialog(senderWindow(event), { defaultPath: suggested, filters: PROJECT_FILTERS });
    if (result.canceled || !result.filePath) return null;
    const filePath = result.filePath.endsWith('.gpkg') ? result.filePath : `${result.filePath}.gpkg`;
    grants.grant(filePath, 'write');
    // A new file chosen in Save As: whatever was there is replaced by the user's choice, not checked against a read.
    projectIdentities.delete(path.normalize(filePath));
    const saved = await writeProjectFile(filePath, bytes);
    await recent.add(filePath);
    deps.onRecentChanged();
    return saved;
  });

  handle('host:recentFiles', () => recent.list());

  handle('host:forgetRecentFile', async (_event, handleArg) => {
    await recent.remove(requireAbsolutePath(handleArg, 'recent file path'));
    deps.onRecentChanged();
  });

  handle('host:pickImportFiles', async (event, filtersArg, multipleArg) => {
    const filters = requireFileFilters(filtersArg);
    const multiple = requireBoolean(multipleArg, 'multiple');
    const result = await dialog.showOpenDialog(senderWindow(event), { properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'], filters });
    if (result.canceled || result.filePaths.length === 0) return null;
    if (result.filePaths.length > MAX_IMPORT_FILES) throw new IpcArgumentError(`Choose at most ${MAX_IMPORT_FILES} files at once.`);
    return Promise.all(result.filePaths.map(readOpened));
  });

  handle('host:writeExport', async (event, nameArg, filtersArg, bytesArg) => {
    const suggested = requireFileName(nameArg, 'file name');
    const filters = requireFileFilters(filtersArg);
    const bytes = requireBytes(bytesArg, 'export bytes');
    const result = await dialog.showSaveDialog(senderWindow(event), { defaultPath: suggested, filters });
    if (result.canceled || !result.filePath) return null;
    atomicWriteFile(result.filePath, bytes, { keepBackup: false });
    return { handle: result.filePath, name: path.basename(result.filePath) };
  });

  handle('host:pickLargeFile', async (event, filtersArg) => {
    const filters = requireFileFilters(filtersArg);
    const result = await dialog.showOpenDialog(senderWindow(event), { properties: ['openFile'], filters });
    const filePath = result.canceled ? undefined : result.filePaths[0];
    if (!filePath) return null;
    grants.grant(filePath);
    return { handle: filePath, name: path.basename(filePath), size: (await stat(filePath)).size };
  });

  handle('host:readByteRange', async (_event, handleArg, offsetArg, lengthArg) => {
    const filePath = grants.require(requireAbsolutePath(handleArg, 'file path'), 'The file');
    const { offset, length } = requireRange(offsetArg, lengthArg);
    const file = await open(filePath, 'r');
    try {
      const buffer = new Uint8Array(length);
      const { bytesRead } = await file.read(buffer, 0, length, offset);
      return buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  });

  handle('host:printToPdf', async (event, optionsArg) => {
    const options = (typeof optionsArg === 'object' && optionsArg !== null ? optionsArg : {}) as Record<string, unknown>;
    const pageSize = options.pageSize === 'A3' ? 'A3' : 'A4';
    const landscape = requireBoolean(options.landscape, 'landscape');
    const suggested = requireFileName(options.suggestedName, 'file name');
    const result = await dialog.showSaveDialog(senderWindow(event), { defaultPath: suggested, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    if (result.canceled || !result.filePath) return null;
    // The print view sets @page to the chosen sheet with no margin (renderer/src/print/page-size-style.ts); its
    // print stylesheet shows only the pages, so the PDF holds exactly the layout, text as text.
    const pdf = await event.sender.printToPDF({ pageSize, landscape, printBackground: true, preferCSSPageSize: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    atomicWriteFile(result.filePath, new Uint8Array(pdf), { keepBackup: false });
    return { handle: result.filePath, name: path.basename(result.filePath) };
  });

  handle('host:writeJournal', async (_event, bytesArg, metaArg) => {
    const bytes = requireBytes(bytesArg, 'journal bytes');
    const meta = (typeof metaArg === 'object' && metaArg !== null ? metaArg : {}) as Record<string, unknown>;
    const journalMeta: JournalMeta = {
      handle: meta.handle === null ? null : requireString(meta.handle, 'journal project path'),
      name: requireString(meta.name, 'journal project name', 255),
      writtenAt: requireString(meta.writtenAt, 'journal time', 64),
    };
    await journal.write(bytes, journalMeta);
  });

  handle('host:readJournal', () => journal.read());
  handle('host:clearJournal', () => journal.clear());
}

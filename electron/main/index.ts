// Landlink's Electron main process: one window, a single instance, the app:// protocol, the native menu and the
// allow-listed IPC handlers. All domain work happens in the renderer's worker; this process only does what a page
// cannot: native dialogs, atomic file IO, printing.
import { app, ipcMain, session, type BrowserWindow } from 'electron';
import path from 'node:path';
import { APP_ID } from '../../shared/app/app-identity';
import type { Language } from '../../shared/app/menu-spec';
import type { DocumentState, MenuCommand } from '../../shared/host/host';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { installApplicationMenu } from './application-menu';
import { CrashJournal } from './crash-journal';
import { registerIpcHandlers } from './ipc-handlers';
import { createMainWindow } from './main-window';
import { PathGrants } from './path-grants';
import { projectPathFromArgv } from './project-file-argument';
import { RecentFiles } from './recent-files';
import { hardenSession } from './window-security';
import { installSerialPortHandler } from './serial-port-handler';

const rendererRoot = path.join(__dirname, '../renderer');
const preloadPath = path.join(__dirname, '../preload/index.cjs');

app.setAppUserModelId(APP_ID);
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let language: Language = 'zh-CN';
  let dirty = false;
  const pendingOpen: string[] = [];
  const grants = new PathGrants();
  const userData = app.getPath('userData');
  const recent = new RecentFiles(path.join(userData, 'recent-files.json'));
  const journal = new CrashJournal(path.join(userData, 'journal.gpkg'), path.join(userData, 'journal.json'));

  const send = (command: MenuCommand): void => mainWindow?.webContents.send('host:menuCommand', command);
  const refreshMenu = (): void => installApplicationMenu({ language, recentFiles: recent.list(), developer: !app.isPackaged, send });

  const openFromOs = (filePath: string): void => {
    grants.grant(filePath, 'write');
    if (mainWindow && !mainWindow.webContents.isLoading()) send({ actionId: 'project.openRecent', argument: filePath });
    else pendingOpen.push(filePath);
  };

  app.on('second-instance', (_event, argv, cwd) => {
    const filePath = projectPathFromArgv(argv, cwd);
    if (filePath) openFromOs(filePath);
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  // macOS delivers files opened from Finder through this event, possibly before the window exists.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openFromOs(filePath);
  });

  ipcMain.on('host:setDocumentState', (event, state: DocumentState) => {
    if (!mainWindow || event.sender !== mainWindow.webContents) return;
    if (typeof state?.title === 'string') mainWindow.setTitle(state.title.slice(0, 300));
    dirty = state?.dirty === true;
    mainWindow.setDocumentEdited(dirty);
    const nextLanguage: Language = state?.language === 'en' ? 'en' : 'zh-CN';
    if (nextLanguage !== language) {
      language = nextLanguage;
      refreshMenu();
    }
  });

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    installSerialPortHandler(session.defaultSession, () => language);
    serveRenderer(rendererRoot);
    registerIpcHandlers({ grants, recent, journal, onRecentChanged: refreshMenu });
    refreshMenu();
    mainWindow = createMainWindow(preloadPath);
    const initial = projectPathFromArgv(process.argv, process.cwd());
    if (initial) pendingOpen.push(initial);
    mainWindow.webContents.on('did-finish-load', () => {
      for (const filePath of pendingOpen.splice(0)) {
        grants.grant(filePath, 'write');
        send({ actionId: 'project.openRecent', argument: filePath });
      }
    });
    mainWindow.on('close', (event) => {
      // With unsaved changes the renderer asks the user; it closes the window itself when they decide.
      if (dirty) {
        event.preventDefault();
        send({ actionId: 'app.requestClose' });
      }
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });

  ipcMain.on('host:confirmClose', (event) => {
    if (mainWindow && event.sender === mainWindow.webContents) {
      dirty = false;
      mainWindow.close();
    }
  });

  app.on('window-all-closed', () => app.quit());
}

// The one main window: sandboxed, context-isolated, no Node in the page, web security on; the page comes from
// app://landlink/ and talks to this process only through the preload's allow-listed bridge.
import { BrowserWindow } from 'electron';
import path from 'node:path';
import { APP_HOST, APP_SCHEME, PRODUCT_NAME_ZH } from '../../shared/app/app-identity';
import { hardenWebContents } from './window-security';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: PRODUCT_NAME_ZH,
    show: false,
    webPreferences: {
      preload: path.resolve(preloadPath),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click (auxclick) could open links in a new window; the app has no use for it.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  hardenWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_SCHEME}://${APP_HOST}/index.html`);
  return window;
}

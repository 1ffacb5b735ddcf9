// Picks the Host implementation: the Electron bridge when the preload exposed one, the browser host otherwise.
import type { Host } from '../../../shared/host/host';
import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';

let host: Host | null = null;

export function getHost(): Host {
  host ??= window.landlink ? createElectronHost(window.landlink) : createBrowserHost();
  return host;
}

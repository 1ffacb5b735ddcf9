// Hardening of the main window's web contents: no navigation away from app://, no new windows, only the
// permissions Landlink uses.
import type { Session, WebContents } from 'electron';
import { isAppUrl } from './navigation-policy';
import { isDevicePermissionAllowed, isPermissionAllowed } from './permissions';

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    callback(isPermissionAllowed(permission, webContents.getURL(), mediaTypes));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, requestingOrigin, details.mediaType ? [details.mediaType] : []),
  );
  session.setDevicePermissionHandler((details) => isDevicePermissionAllowed(details.deviceType, details.origin));
  // Offline is a feature: refuse every request that is not for the app's own files.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith('app://') || details.url.startsWith('blob:') || details.url.startsWith('data:') || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

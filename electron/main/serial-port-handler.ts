// Answers Chromium's `select-serial-port` (a page called navigator.serial.requestPort()): electron/main/
// serial-port-chooser.ts decides, a native dialog asks when there are several ports. Without this handler Electron
// would reject every request, so GNSS receivers could not be used.
import { BrowserWindow, dialog, type Session } from 'electron';
import type { Language } from '../../shared/app/menu-spec';
import { decideSerialPort, portIdOfResponse } from './serial-port-chooser';
import { isTrustedOrigin } from './permissions';

export function installSerialPortHandler(session: Session, language: () => Language): void {
  session.on('select-serial-port', (event, portList, webContents, callback) => {
    event.preventDefault();
    if (!isTrustedOrigin(webContents.getURL())) {
      callback('');
      return;
    }
    const decision = decideSerialPort(portList, language());
    if (decision.kind === 'one') {
      callback(decision.portId);
      return;
    }
    const window = BrowserWindow.fromWebContents(webContents);
    const options = { type: decision.kind === 'none' ? ('warning' as const) : ('question' as const), noLink: true, ...decision.dialog };
    void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options)).then(
      ({ response }) => callback(portIdOfResponse(decision, response)),
      () => callback(''),
    );
  });
}

// The Host in Electron: every call goes through `window.landlink`, the allow-listed bridge of the preload.
import type { Host } from '../../../shared/host/host';
import type { LandlinkBridge } from '../../../shared/ipc/bridge';
import { openWebSerialPort } from './web-serial';

declare global {
  interface Window {
    landlink?: LandlinkBridge;
  }
}

export function createElectronHost(bridge: LandlinkBridge): Host {
  return {
    kind: 'electron',
    appInfo: () => bridge.appInfo(),
    openProject: () => bridge.openProject(),
    readProject: (handle) => bridge.readProject(handle),
    saveProject: (handle, bytes) => bridge.saveProject(handle, bytes),
    saveProjectAs: (name, bytes) => bridge.saveProjectAs(name, bytes),
    recentFiles: () => bridge.recentFiles(),
    forgetRecentFile: (handle) => bridge.forgetRecentFile(handle),
    pickImportFiles: (filters, multiple) => bridge.pickImportFiles(filters, multiple),
    writeExport: (name, filters, bytes) => bridge.writeExport(name, filters, bytes),
    pickLargeFile: (filters) => bridge.pickLargeFile(filters),
    readByteRange: (handle, offset, length) => bridge.readByteRange(handle, offset, length),
    printToPdf: (options) => bridge.printToPdf(options),
    writeJournal: (bytes, meta) => bridge.writeJournal(bytes, meta),
    readJournal: () => bridge.readJournal(),
    clearJournal: () => bridge.clearJournal(),
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    setDocumentState: (state) => bridge.setDocumentState(state),
    confirmClose: () => bridge.confirmClose(),
    openSerialPort: (baudRate) => openWebSerialPort(baudRate, 'electron'),
  };
}

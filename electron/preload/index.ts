// The preload (built as CommonJS, since sandboxed preloads cannot load ES modules). It exposes exactly one object,
// window.landlink, whose methods map one-to-one onto the allow-listed channels of shared/ipc/channels.ts.
// No ipcRenderer, no Node object and no event object ever reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { DocumentState, MenuCommand } from '../../shared/host/host';
import type { InvokeChannel } from '../../shared/ipc/channels';
import type { LandlinkBridge } from '../../shared/ipc/bridge';

const invoke = <T>(channel: InvokeChannel, ...args: unknown[]): Promise<T> => ipcRenderer.invoke(channel, ...args) as Promise<T>;

const bridge: LandlinkBridge = {
  appInfo: () => invoke('host:appInfo'),
  openProject: () => invoke('host:openProject'),
  readProject: (handle) => invoke('host:readProject', handle),
  saveProject: (handle, bytes) => invoke('host:saveProject', handle, bytes),
  saveProjectAs: (name, bytes) => invoke('host:saveProjectAs', name, bytes),
  recentFiles: () => invoke('host:recentFiles'),
  forgetRecentFile: (handle) => invoke('host:forgetRecentFile', handle),
  pickImportFiles: (filters, multiple) => invoke('host:pickImportFiles', filters, multiple),
  writeExport: (name, filters, bytes) => invoke('host:writeExport', name, filters, bytes),
  pickLargeFile: (filters) => invoke('host:pickLargeFile', filters),
  readByteRange: (handle, offset, length) => invoke('host:readByteRange', handle, offset, length),
  printToPdf: (options) => invoke('host:printToPdf', options),
  writeJournal: (bytes, meta) => invoke('host:writeJournal', bytes, meta),
  readJournal: () => invoke('host:readJournal'),
  clearJournal: () => invoke('host:clearJournal'),
  onMenuCommand(listener) {
    const wrapped = (_event: IpcRendererEvent, command: MenuCommand): void => listener({ actionId: String(command.actionId), ...(command.argument ? { argument: String(command.argument) } : {}) });
    ipcRenderer.on('host:menuCommand', wrapped);
    return () => {
      ipcRenderer.removeListener('host:menuCommand', wrapped);
    };
  },
  setDocumentState: (state: DocumentState) => ipcRenderer.send('host:setDocumentState', { title: String(state.title), dirty: Boolean(state.dirty), language: state.language === 'en' ? 'en' : 'zh-CN' }),
  confirmClose: () => ipcRenderer.send('host:confirmClose'),
};

contextBridge.exposeInMainWorld('landlink', bridge);

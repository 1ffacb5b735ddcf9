// The Host is the renderer's only way to reach the machine. Two implementations exist: the Electron preload
// (window.landlink, native dialogs and atomic file IO in the main process) and the browser host (IndexedDB, file
// pickers, downloads), so the same UI runs in Electron, in plain Chromium for tests, and under `npm run web`.
// Every method takes and returns structured-clonable values only, so it can cross IPC unchanged.

/** A file the user chose, identified by an opaque handle the host understands (a path in Electron, a key in the browser). */
export interface HostFileRef {
  /** Opaque handle: an absolute path in Electron, an IndexedDB key or picker id in the browser host. */
  readonly handle: string;
  /** The name to show the user, e.g. `县级复垦项目.gpkg`. */
  readonly name: string;
  readonly size: number;
}

export interface OpenedFile extends HostFileRef {
  readonly bytes: Uint8Array;
}

export interface FileFilter {
  /** Label shown in the dialog, e.g. `GeoPackage`. */
  readonly name: string;
  /** Extensions without dot, e.g. `['gpkg']`. */
  readonly extensions: readonly string[];
}

export interface RecentFile {
  readonly handle: string;
  readonly name: string;
  /** ISO 8601 time it was last opened or saved. */
  readonly openedAt: string;
}

export interface SaveResult {
  readonly handle: string;
  readonly name: string;
  /** Where the previous version was kept (`<file>.bak`), if there was one. */
  readonly backup?: string;
}

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  /** `electron` or `browser`: which host implementation answers. */
  readonly host: 'electron' | 'browser';
  readonly platform: string;
  /** Versions of the runtime parts worth showing in Help → About. */
  readonly versions: Readonly<Record<string, string>>;
}

export interface PrintToPdfOptions {
  readonly pageSize: 'A4' | 'A3';
  readonly landscape: boolean;
  /** Name proposed in the save dialog. */
  readonly suggestedName: string;
}

/** A menu command from the native application menu, forwarded to the renderer's action registry. */
export interface MenuCommand {
  readonly actionId: string;
  /** For `project.openRecent`, the handle of the file. */
  readonly argument?: string;
}

export interface Host {
  readonly kind: 'electron' | 'browser';
  appInfo(): Promise<AppInfo>;

  /** Shows an open dialog for a project (`.gpkg`) and returns its bytes, or null if the user cancelled. */
  openProject(): Promise<OpenedFile | null>;
  /** Reads a project the app already knows (recent file, file passed on the command line). */
  readProject(handle: string): Promise<OpenedFile>;
  /** Writes the project atomically to `handle` (temp file, fsync, rename, previous version kept as `.bak`). */
  saveProject(handle: string, bytes: Uint8Array): Promise<SaveResult>;
  /** Asks where to save, then writes atomically. Null if the user cancelled. */
  saveProjectAs(suggestedName: string, bytes: Uint8Array): Promise<SaveResult | null>;

  recentFiles(): Promise<RecentFile[]>;
  forgetRecentFile(handle: string): Promise<void>;

  /** Picks one or more files for import (a shapefile is several files). Null if cancelled. */
  pickImportFiles(filters: readonly FileFilter[], multiple: boolean): Promise<OpenedFile[] | null>;
  /** Asks where to write an exported file, then writes it. Null if cancelled. */
  writeExport(suggestedName: string, filters: readonly FileFilter[], bytes: Uint8Array): Promise<SaveResult | null>;

  /** Picks a large local file (PMTiles, MBTiles, GeoTIFF) without reading it: later reads are by byte range. */
  pickLargeFile(filters: readonly FileFilter[]): Promise<HostFileRef | null>;
  readByteRange(handle: string, offset: number, length: number): Promise<Uint8Array>;

  /** Prints the current print page to PDF and asks where to save it. Null if cancelled. */
  printToPdf(options: PrintToPdfOptions): Promise<SaveResult | null>;

  /** Crash-recovery journal: the last unsaved state of the open project, written every 30 s. */
  writeJournal(bytes: Uint8Array, meta: JournalMeta): Promise<void>;
  readJournal(): Promise<{ bytes: Uint8Array; meta: JournalMeta } | null>;
  clearJournal(): Promise<void>;

  /** Subscribes to native menu commands and files opened from the OS. Returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Tells the main process whether there are unsaved changes (so Quit can ask) and what the title is. */
  setDocumentState(state: DocumentState): void;
  /** The user chose to close despite unsaved changes (or saved them): close the window now. */
  confirmClose(): void;

  /**
   * Opens the serial port of a GNSS receiver (NMEA 0183) through Web Serial, in the renderer. In Electron the main
   * process chooses the port (asking the user when there are several); plain Chromium shows its own chooser, and a
   * browser without Web Serial rejects with a SerialUnavailableError that says so. Null if the user cancelled.
   * Unlike the other methods the result is a live object in the renderer, not a structured-clonable value.
   */
  openSerialPort(baudRate: number): Promise<SerialConnection | null>;
}

/** An open serial port streaming text (a GNSS receiver's NMEA sentences). */
export interface SerialConnection {
  /** What to show the user, e.g. `USB 0x1546:0x01a8`. */
  readonly name: string;
  /** Reads until the port is closed or unplugged, calling `onText` for every chunk received. */
  read(onText: (text: string) => void): Promise<void>;
  close(): Promise<void>;
}

/** Thrown by Host.openSerialPort where Web Serial is absent or blocked; the message is the user's to read. */
export class SerialUnavailableError extends Error {
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
    this.name = 'SerialUnavailableError';
  }
}

export interface JournalMeta {
  /** Handle of the project the journal belongs to, or null for an unsaved new project. */
  readonly handle: string | null;
  readonly name: string;
  /** ISO 8601 time the journal was written. */
  readonly writtenAt: string;
}

export interface DocumentState {
  readonly title: string;
  readonly dirty: boolean;
  readonly language: 'zh-CN' | 'en';
}

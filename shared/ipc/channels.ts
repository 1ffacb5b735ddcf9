// The IPC contract between the preload and the main process. The preload exposes only these channels, and the main
// process registers a handler for each; anything else is refused. Argument shapes are validated in the main process
// (electron/main/ipc-validate.ts) before any file is touched.
export const INVOKE_CHANNELS = [
  'host:appInfo',
  'host:openProject',
  'host:readProject',
  'host:saveProject',
  'host:saveProjectAs',
  'host:recentFiles',
  'host:forgetRecentFile',
  'host:pickImportFiles',
  'host:writeExport',
  'host:pickLargeFile',
  'host:readByteRange',
  'host:printToPdf',
  'host:writeJournal',
  'host:readJournal',
  'host:clearJournal',
] as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

/** Fire-and-forget messages from the renderer to the main process. */
export const SEND_CHANNELS = ['host:setDocumentState', 'host:confirmClose'] as const;
export type SendChannel = (typeof SEND_CHANNELS)[number];

/** Events from the main process to the renderer. */
export const EVENT_CHANNELS = ['host:menuCommand'] as const;
export type EventChannel = (typeof EVENT_CHANNELS)[number];

/** Largest project or export the main process accepts in one IPC message (2 GiB is V8's typed-array limit). */
export const MAX_IPC_BYTES = 1_900_000_000;
/** Largest single byte-range read (basemap tiles are small; 64 MiB is generous). */
export const MAX_RANGE_BYTES = 64 * 1024 * 1024;

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(value);
}

// The shape of `window.landlink`, the one object the Electron preload exposes. It is the Host interface minus `kind`:
// the renderer wraps it as its Electron host without any translation layer. The serial port is not part of it:
// Web Serial runs in the renderer itself (the main process only chooses the port), so it never crosses IPC.
import type { Host } from '../host/host';

export type LandlinkBridge = Omit<Host, 'kind' | 'openSerialPort'>;

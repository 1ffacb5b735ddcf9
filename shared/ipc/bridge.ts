// The shape of `window.landlink`, the one object the Electron preload exposes. It is the Host interface minus `kind`:
// the renderer wraps it as its Electron host without any translation layer.
import type { Host } from '../host/host';

export type LandlinkBridge = Omit<Host, 'kind'>;

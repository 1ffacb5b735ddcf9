// Web Serial for GNSS receivers, shared by the Electron and the browser host: navigator.serial.requestPort() (in
// Electron answered by the main process's port chooser, in Chromium by its own prompt), then a text stream of NMEA.
// Never navigator.geolocation: it needs a network location service the field does not have.
import { SerialUnavailableError, type SerialConnection } from '../../../shared/host/host';

/** The part of the Web Serial API Landlink uses (TypeScript's DOM library does not describe it). */
interface WebSerialPort {
  open(options: { baudRate: number }): Promise<void>;
  close(): Promise<void>;
  readonly readable: ReadableStream<Uint8Array> | null;
  getInfo(): { usbVendorId?: number; usbProductId?: number };
}
interface WebSerial {
  requestPort(options?: object): Promise<WebSerialPort>;
}

export function webSerialAvailable(): boolean {
  return typeof navigator !== 'undefined' && 'serial' in navigator;
}

function hex(value: number | undefined): string {
  return value === undefined ? '?' : `0x${value.toString(16).padStart(4, '0')}`;
}

export async function openWebSerialPort(baudRate: number, hostKind: 'electron' | 'browser'): Promise<SerialConnection | null> {
  if (!webSerialAvailable()) {
    throw new SerialUnavailableError(
      hostKind === 'electron'
        ? 'This Landlink build has no serial port access (Web Serial is missing); replay an NMEA log or click your position on the map.'
        : 'This browser has no Web Serial, so a GNSS receiver cannot be read here; use the Landlink desktop app or a Chromium-based browser, replay an NMEA log, or click your position on the map.',
      hostKind === 'electron'
        ? '此版本无法访问串口（缺少 Web Serial）；请回放 NMEA 记录文件或在地图上点选位置。'
        : '此浏览器不支持 Web Serial，无法读取 GNSS 接收机；请使用 Landlink 桌面版或基于 Chromium 的浏览器，或回放 NMEA 记录文件、在地图上点选位置。',
    );
  }
  const serial = (navigator as unknown as { serial: WebSerial }).serial;
  let port: WebSerialPort;
  try {
    port = await serial.requestPort();
  } catch (error) {
    // NotFoundError: the user cancelled the chooser, or no port was chosen.
    if (error instanceof DOMException && error.name === 'NotFoundError') return null;
    if (error instanceof DOMException && error.name === 'SecurityError') {
      throw new SerialUnavailableError('Serial port access was refused (permission policy); allow serial ports for Landlink and try again.', '串口访问被拒绝（权限策略）；请允许 Landlink 访问串口后重试。');
    }
    throw error;
  }
  try {
    await port.open({ baudRate });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new SerialUnavailableError(
      `The serial port could not be opened at ${baudRate} baud (${why}); close other programs using the receiver and try again.`,
      `无法以 ${baudRate} 波特率打开串口（${why}）；请关闭占用接收机的其他程序后重试。`,
    );
  }
  const info = port.getInfo();
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  let closed = false;
  return {
    name: info.usbVendorId === undefined ? 'serial' : `USB ${hex(info.usbVendorId)}:${hex(info.usbProductId)}`,
    async read(onText) {
      const decoder = new TextDecoder('ascii');
      while (!closed && port.readable) {
        reader = port.readable.getReader();
        try {
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            if (value) onText(decoder.decode(value, { stream: true }));
          }
        } catch {
          // A framing or buffer error ends this reader; the loop takes a new one unless the port is gone.
        } finally {
          reader.releaseLock();
          reader = null;
        }
      }
    },
    async close() {
      closed = true;
      await reader?.cancel().catch(() => undefined);
      await port.close().catch(() => undefined);
    },
  };
}

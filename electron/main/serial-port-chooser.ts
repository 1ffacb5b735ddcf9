// Which serial port a GNSS receiver is on. Chromium's Web Serial asks the embedder to choose a port
// (`select-serial-port`); Electron has no chooser of its own. One port: use it. Several: ask the user in a native
// dialog, receivers Landlink recognises (u-blox, and the USB–serial bridges most receivers use) listed first.
// None: tell the user what to check. Pure, so it is unit-tested; electron/main/serial-port-handler.ts wires it.
import type { Language } from '../../shared/app/menu-spec';

/** The fields of Electron's SerialPort structure this module reads (vendor and product ids are decimal strings). */
export interface SerialPortInfo {
  readonly portId: string;
  readonly portName: string;
  readonly displayName?: string;
  readonly vendorId?: string;
  readonly productId?: string;
  readonly serialNumber?: string;
}

/** USB vendor ids (decimal) of GNSS receivers and of the USB–serial bridges GNSS receivers are built on. */
const GNSS_VENDORS: ReadonlyMap<number, string> = new Map([
  [0x1546, 'u-blox'],
  [0x067b, 'Prolific'],
  [0x0403, 'FTDI'],
  [0x1a86, 'WCH CH340'],
  [0x10c4, 'Silicon Labs CP210x'],
  [0x091e, 'Garmin'],
]);

export function vendorName(port: SerialPortInfo): string | null {
  const id = port.vendorId === undefined ? NaN : Number.parseInt(port.vendorId, 10);
  return GNSS_VENDORS.get(id) ?? null;
}

/** What the user sees for one port: `u-blox GNSS receiver (ttyACM0)`. */
export function describeSerialPort(port: SerialPortInfo): string {
  const name = port.displayName?.trim() || vendorName(port) || port.portName;
  return name === port.portName ? port.portName : `${name} (${port.portName})`;
}

/** Likely receivers first, then by port name, so the usual choice is the first button. */
export function orderSerialPorts(ports: readonly SerialPortInfo[]): SerialPortInfo[] {
  return [...ports].sort((a, b) => Number(vendorName(b) !== null) - Number(vendorName(a) !== null) || a.portName.localeCompare(b.portName));
}

export interface SerialPortDialog {
  readonly title: string;
  readonly message: string;
  readonly detail: string;
  readonly buttons: string[];
  readonly cancelId: number;
  readonly defaultId: number;
}

export type SerialPortDecision =
  | { readonly kind: 'none'; readonly dialog: SerialPortDialog }
  | { readonly kind: 'one'; readonly portId: string }
  | { readonly kind: 'ask'; readonly dialog: SerialPortDialog; readonly portIds: readonly string[] };

/** At most this many ports are offered as buttons (a laptop rarely has more; the rest are named in the text). */
const MAX_BUTTONS = 8;

export function decideSerialPort(ports: readonly SerialPortInfo[], language: Language): SerialPortDecision {
  const zh = language === 'zh-CN';
  if (ports.length === 0) {
    return {
      kind: 'none',
      dialog: {
        title: zh ? '未找到串口' : 'No serial port found',
        message: zh ? '没有找到 GNSS 接收机的串口。' : 'No serial port for a GNSS receiver was found.',
        detail: zh
          ? '请用 USB 线连接接收机并打开电源（Windows 可能需要安装 USB 转串口驱动），然后再试。也可以回放 NMEA 记录文件或在地图上点选位置。'
          : 'Connect the receiver by USB and switch it on (Windows may need the USB–serial driver), then try again. You can also replay an NMEA log or click your position on the map.',
        buttons: [zh ? '确定' : 'OK'],
        cancelId: 0,
        defaultId: 0,
      },
    };
  }
  if (ports.length === 1) return { kind: 'one', portId: ports[0]!.portId };
  const ordered = orderSerialPorts(ports).slice(0, MAX_BUTTONS);
  return {
    kind: 'ask',
    portIds: ordered.map((p) => p.portId),
    dialog: {
      title: zh ? '选择 GNSS 接收机' : 'Choose the GNSS receiver',
      message: zh ? `找到 ${ports.length} 个串口，请选择 GNSS 接收机所在的串口：` : `${ports.length} serial ports found; choose the one the GNSS receiver is on:`,
      detail: ports.length > MAX_BUTTONS ? (zh ? `只列出前 ${MAX_BUTTONS} 个。` : `Only the first ${MAX_BUTTONS} are listed.`) : '',
      buttons: [...ordered.map(describeSerialPort), zh ? '取消' : 'Cancel'],
      cancelId: ordered.length,
      defaultId: 0,
    },
  };
}

/** The port id for the dialog's answer, or '' (Electron's "no port": the page's requestPort() rejects). */
export function portIdOfResponse(decision: SerialPortDecision, response: number): string {
  if (decision.kind !== 'ask') return decision.kind === 'one' ? decision.portId : '';
  return decision.portIds[response] ?? '';
}

// The `select-serial-port` handler as Electron calls it: one port is chosen without asking, several are offered in a
// native dialog (the user's pick, or no port on Cancel), none gets an explanation, another origin gets nothing.
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';

const showMessageBox = vi.fn();
vi.mock('electron', () => ({
  BrowserWindow: { fromWebContents: () => null },
  dialog: { showMessageBox: (...args: unknown[]) => showMessageBox(...args) },
}));

const { installSerialPortHandler } = await import('./serial-port-handler');

const ublox = { portId: 'p1', portName: 'ttyACM0', vendorId: String(0x1546) };
const modem = { portId: 'p2', portName: 'ttyS0' };

function choose(session: EventEmitter, ports: object[], url = 'app://landlink/index.html'): Promise<string> {
  return new Promise((resolve) => {
    const event = { preventDefault: vi.fn() };
    session.emit('select-serial-port', event, ports, { getURL: () => url }, resolve);
    expect(event.preventDefault).toHaveBeenCalled();
  });
}

describe('serial port handler', () => {
  let session: EventEmitter;
  beforeEach(() => {
    session = new EventEmitter();
    showMessageBox.mockReset();
    installSerialPortHandler(session as unknown as Session, () => 'zh-CN');
  });

  it('takes the only port without a dialog', async () => {
    expect(await choose(session, [modem])).toBe('p2');
    expect(showMessageBox).not.toHaveBeenCalled();
  });

  it('asks when there are several and returns the pick, or no port on Cancel', async () => {
    showMessageBox.mockResolvedValueOnce({ response: 0 });
    expect(await choose(session, [modem, ublox])).toBe('p1');
    expect(showMessageBox.mock.calls[0]![0]).toMatchObject({ title: '选择 GNSS 接收机', buttons: ['u-blox (ttyACM0)', 'ttyS0', '取消'], cancelId: 2 });
    showMessageBox.mockResolvedValueOnce({ response: 2 });
    expect(await choose(session, [modem, ublox])).toBe('');
  });

  it('explains when no port is found', async () => {
    showMessageBox.mockResolvedValueOnce({ response: 0 });
    expect(await choose(session, [])).toBe('');
    expect(showMessageBox.mock.calls[0]![0]).toMatchObject({ type: 'warning', title: '未找到串口' });
  });

  it('gives no port to a page that is not the app', async () => {
    expect(await choose(session, [modem], 'https://example.org/')).toBe('');
    expect(showMessageBox).not.toHaveBeenCalled();
  });
});

import { describe, expect, it } from 'vitest';
import { decideSerialPort, describeSerialPort, orderSerialPorts, portIdOfResponse, vendorName } from './serial-port-chooser';

const ublox = { portId: 'p1', portName: 'ttyACM0', vendorId: String(0x1546), productId: String(0x01a8) };
const modem = { portId: 'p2', portName: 'ttyS0' };
const ch340 = { portId: 'p3', portName: 'COM5', displayName: 'USB-SERIAL CH340', vendorId: String(0x1a86) };

describe('serial port chooser for GNSS receivers', () => {
  it('names receivers by vendor when the system gives no display name', () => {
    expect(vendorName(ublox)).toBe('u-blox');
    expect(vendorName(modem)).toBeNull();
    expect(describeSerialPort(ublox)).toBe('u-blox (ttyACM0)');
    expect(describeSerialPort(modem)).toBe('ttyS0');
    expect(describeSerialPort(ch340)).toBe('USB-SERIAL CH340 (COM5)');
  });

  it('uses the only port without asking', () => {
    const decision = decideSerialPort([modem], 'zh-CN');
    expect(decision).toEqual({ kind: 'one', portId: 'p2' });
    expect(portIdOfResponse(decision, 0)).toBe('p2');
  });

  it('asks when there are several, likely receivers first, and Cancel gives no port', () => {
    expect(orderSerialPorts([modem, ch340, ublox]).map((p) => p.portId)).toEqual(['p3', 'p1', 'p2']);
    const decision = decideSerialPort([modem, ch340, ublox], 'zh-CN');
    if (decision.kind !== 'ask') throw new Error('expected a question');
    expect(decision.dialog.buttons).toEqual(['USB-SERIAL CH340 (COM5)', 'u-blox (ttyACM0)', 'ttyS0', '取消']);
    expect(decision.dialog.cancelId).toBe(3);
    expect(portIdOfResponse(decision, 1)).toBe('p1');
    expect(portIdOfResponse(decision, decision.dialog.cancelId)).toBe('');
    expect(decideSerialPort([modem, ublox], 'en').kind === 'ask' && decideSerialPort([modem, ublox], 'en')).toMatchObject({ dialog: { title: 'Choose the GNSS receiver' } });
  });

  it('says what to check when there is no port, and picks none', () => {
    const decision = decideSerialPort([], 'en');
    expect(decision.kind).toBe('none');
    if (decision.kind === 'none') expect(decision.dialog.detail).toMatch(/USB/);
    expect(portIdOfResponse(decision, 0)).toBe('');
  });

  it('offers at most eight ports as buttons', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ portId: `id${i}`, portName: `COM${i + 1}` }));
    const decision = decideSerialPort(many, 'en');
    if (decision.kind !== 'ask') throw new Error('expected a question');
    expect(decision.dialog.buttons).toHaveLength(9);
    expect(decision.dialog.detail).toMatch(/first 8/);
  });
});

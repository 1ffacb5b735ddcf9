// Position sources with the real NMEA core: a GNSS receiver on a (fake) serial port delivering the fixture walk in
// odd-sized chunks, then unplugged; the same log replayed on a virtual clock; Web Serial absent or cancelled.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SerialUnavailableError, type Host, type SerialConnection } from '../../../shared/host/host';
import { fixesOfNmeaLog } from '../../../shared/field/nmea/index';
import { useFieldStore } from './field-store';
import { startReplayOfText, startSerialReceiver, stopPositionSource } from './position-sources';
import { openWebSerialPort } from '../host/web-serial';

const log = readFileSync(fileURLToPath(new URL('../../../sample-data/field/walk-sample-targets.nmea', import.meta.url)), 'latin1');
const lastFix = fixesOfNmeaLog(log).filter((f) => f.hasPosition).at(-1)!;

function hostWithPort(connection: SerialConnection | null | Error): Host {
  return {
    openSerialPort: async () => {
      if (connection instanceof Error) throw connection;
      return connection;
    },
  } as unknown as Host;
}

// Messages as their keys: the test checks which message, not its wording.
beforeAll(async () => {
  await i18next.init({ lng: 'cimode' });
});
beforeEach(() => useFieldStore.setState({ position: null, source: null, walk: null }));
afterEach(() => {
  stopPositionSource();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('GNSS receiver on a serial port', () => {
  it('turns chunks of NMEA into positions with fix quality, counts garbled lines, and says when it is unplugged', async () => {
    const chunks: string[] = [];
    for (let i = 0; i < log.length; i += 37) chunks.push(log.slice(i, i + 37));
    const connection: SerialConnection = {
      name: 'USB 0x1546:0x01a8',
      read: async (onText) => {
        for (const chunk of chunks) onText(chunk);
      },
      close: async () => undefined,
    };
    await startSerialReceiver(hostWithPort(connection), 9600);
    const { position, source } = useFieldStore.getState();
    expect(position?.lon).toBeCloseTo(lastFix.longitude!, 9);
    expect(position?.lat).toBeCloseTo(lastFix.latitude!, 9);
    expect(position?.source).toBe('serial');
    expect(position?.gnss?.satellites).toBe(lastFix.satellitesUsed);
    expect(position?.gnss?.hdop).toBe(lastFix.hdop);
    expect(position?.accuracyM).toBe(lastFix.accuracyM);
    expect(source?.badLines).toBeGreaterThan(0);
    // The read ended without Stop: the receiver is gone, and the panel says so.
    expect(source?.status).toBe('error');
    expect(source?.message).toBe('field.position.disconnected');
  });

  it('records the boundary walked while a walk is on, one point per metre moved at most', async () => {
    useFieldStore.setState({ walk: { recording: true, points: [] } });
    await startSerialReceiver(hostWithPort({ name: 'x', read: async (onText) => onText(log), close: async () => undefined }));
    const points = useFieldStore.getState().walk!.points;
    const fixes = fixesOfNmeaLog(log).filter((f) => f.hasPosition);
    expect(points.length).toBeGreaterThan(20);
    expect(points.length).toBeLessThan(fixes.length);
  });

  it('says why when serial ports cannot be used, and does nothing when the user cancels', async () => {
    await startSerialReceiver(hostWithPort(new SerialUnavailableError('no Web Serial here', '此处没有 Web Serial')));
    expect(useFieldStore.getState().source).toMatchObject({ status: 'error', message: '此处没有 Web Serial' });
    useFieldStore.setState({ source: null });
    await startSerialReceiver(hostWithPort(null));
    expect(useFieldStore.getState().source).toBeNull();
  });
});

describe('NMEA log replay', () => {
  it('replays the walk on its own timing and ends where the walk ends', () => {
    vi.useFakeTimers();
    startReplayOfText(log, 'walk.nmea', 10);
    expect(useFieldStore.getState().source).toMatchObject({ kind: 'replay', status: 'waiting' });
    vi.advanceTimersByTime(20_000);
    const early = useFieldStore.getState().position;
    expect(early?.source).toBe('replay');
    vi.advanceTimersByTime(10 * 60_000);
    const { position, source } = useFieldStore.getState();
    expect(source?.status).toBe('ended');
    expect(position?.lon).toBeCloseTo(lastFix.longitude!, 9);
    expect(position?.time).toBe(lastFix.time);
  });

  it('says so when a file has no position sentences', () => {
    vi.useFakeTimers();
    startReplayOfText('hello\nworld\n', 'notes.txt', 1);
    vi.advanceTimersByTime(5_000);
    expect(useFieldStore.getState().source).toMatchObject({ status: 'error', message: 'field.position.noSentences' });
  });
});

describe('Web Serial in the host', () => {
  it('is reported missing with a message in both languages', async () => {
    vi.stubGlobal('navigator', {});
    const error = await openWebSerialPort(9600, 'browser').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SerialUnavailableError);
    expect((error as SerialUnavailableError).message).toMatch(/Web Serial/);
    expect((error as SerialUnavailableError).messageZh).toMatch(/Web Serial/);
  });

  it('returns null when the chooser is cancelled, and streams text from an open port', async () => {
    vi.stubGlobal('navigator', { serial: { requestPort: async () => Promise.reject(new DOMException('No port selected', 'NotFoundError')) } });
    expect(await openWebSerialPort(9600, 'electron')).toBeNull();

    const bytes = new TextEncoder().encode('$GPGGA,1*00\r\n');
    let opened = 0;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 5));
        controller.enqueue(bytes.slice(5));
        controller.close();
      },
    });
    let reads = 0;
    const port = {
      open: async ({ baudRate }: { baudRate: number }) => {
        opened = baudRate;
      },
      close: async () => undefined,
      getInfo: () => ({ usbVendorId: 0x1546, usbProductId: 0x01a8 }),
      // One stream, then none: the port was unplugged after it ended.
      get readable(): ReadableStream<Uint8Array> | null {
        return reads++ < 2 ? stream : null;
      },
    };
    vi.stubGlobal('navigator', { serial: { requestPort: async () => port } });
    const connection = await openWebSerialPort(115200, 'electron');
    expect(opened).toBe(115200);
    expect(connection?.name).toBe('USB 0x1546:0x01a8');
    let text = '';
    await connection!.read((chunk) => (text += chunk));
    expect(text).toBe('$GPGGA,1*00\r\n');
    await connection!.close();
  });
});

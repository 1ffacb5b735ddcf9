// Where field mode's position comes from, one source at a time: a GNSS receiver on a serial port (Web Serial through
// the Host), a replayed NMEA log (training, demos, tests), a photo's EXIF position, or a click on the map. NMEA is
// parsed by the field core (shared/field/nmea); never navigator.geolocation, which needs a network service.
import i18next from 'i18next';
import { createNmeaStream, FIX_QUALITY_LABELS, replayNmeaLog, type GnssFix } from '../../../shared/field/nmea/index';
import { SerialUnavailableError, type Host, type SerialConnection } from '../../../shared/host/host';
import { currentLanguage } from '../i18n/i18n';
import { setPosition, useFieldStore, type FieldPosition, type PositionSourceKind } from './field-store';
import { cancelFieldMapTool, stepMetres } from './field-map-tools';

/** Baud rate of most GNSS receivers' NMEA output (u-blox, most handhelds); RTK rovers often use 115200. */
export const DEFAULT_BAUD_RATE = 9600;
export const NMEA_FILE_FILTERS = [{ name: 'NMEA 0183', extensions: ['nmea', 'txt', 'log', 'gps'] }] as const;

let stopCurrent: (() => void) | null = null;

export function stopPositionSource(): void {
  const stop = stopCurrent;
  stopCurrent = null;
  stop?.();
  const source = useFieldStore.getState().source;
  if (source && (source.status === 'running' || source.status === 'waiting')) useFieldStore.setState({ source: { ...source, status: 'ended' } });
}

/** A fix with a position, as field mode's position (null while the receiver has no fix). */
export function positionOfFix(fix: GnssFix, source: PositionSourceKind): FieldPosition | null {
  if (!fix.hasPosition || fix.longitude === null || fix.latitude === null) return null;
  return {
    lon: fix.longitude,
    lat: fix.latitude,
    accuracyM: fix.accuracyM,
    source,
    time: fix.time,
    gnss: { quality: fix.quality, qualityLabel: FIX_QUALITY_LABELS[fix.quality], satellites: fix.satellitesUsed, hdop: fix.hdop, altitudeM: fix.altitudeM },
  };
}

function onFix(fix: GnssFix, kind: PositionSourceKind): void {
  const position = positionOfFix(fix, kind);
  const source = useFieldStore.getState().source;
  if (source && (source.status === 'waiting' || (position && source.message))) {
    // Running now, and a fix clears the "no fix yet" note.
    const { message: _message, ...rest } = source;
    useFieldStore.setState({ source: { ...rest, status: 'running', ...(position ? {} : _message ? { message: _message } : {}) } });
  }
  if (position) setPosition(position, stepMetres);
  else if (source?.kind === kind) {
    // The receiver talks but has no fix yet (cold start, under trees): keep the last position, say so.
    useFieldStore.setState({ source: { ...(useFieldStore.getState().source ?? source), message: i18next.t('field.position.noFix') } });
  }
}

function countBadLine(): void {
  const source = useFieldStore.getState().source;
  if (source) useFieldStore.setState({ source: { ...source, badLines: source.badLines + 1 } });
}

function say(message: string): void {
  const source = useFieldStore.getState().source;
  useFieldStore.setState({ source: source ? { ...source, status: 'error', message } : { kind: 'serial', name: '', status: 'error', badLines: 0, message } });
}

/** Replays an NMEA log file picked through the Host, at `speed` times real time. */
export async function startNmeaReplay(host: Host, speed: number): Promise<void> {
  const files = await host.pickImportFiles(NMEA_FILE_FILTERS, false);
  const file = files?.[0];
  if (!file) return;
  const text = new TextDecoder('latin1').decode(file.bytes);
  startReplayOfText(text, file.name, speed);
}

export function startReplayOfText(text: string, name: string, speed: number): void {
  stopPositionSource();
  cancelFieldMapTool();
  useFieldStore.setState({ source: { kind: 'replay', name, status: 'waiting', badLines: 0 } });
  let sawFix = false;
  const control = replayNmeaLog(text, {
    speed,
    onFix: (fix) => {
      sawFix = true;
      onFix(fix, 'replay');
    },
    onError: countBadLine,
    onEnd: () => {
      stopCurrent = null;
      const source = useFieldStore.getState().source;
      if (source?.kind !== 'replay') return;
      if (!sawFix) say(i18next.t('field.position.noSentences', { name }));
      else useFieldStore.setState({ source: { ...source, status: 'ended' } });
    },
  });
  stopCurrent = () => control.stop();
}

/** Reads a GNSS receiver on a serial port until stopped or unplugged. */
export async function startSerialReceiver(host: Host, baudRate: number = DEFAULT_BAUD_RATE): Promise<void> {
  stopPositionSource();
  cancelFieldMapTool();
  let connection: SerialConnection | null;
  try {
    connection = await host.openSerialPort(baudRate);
  } catch (error) {
    const message = error instanceof SerialUnavailableError ? (currentLanguage() === 'zh-CN' ? error.messageZh : error.message) : error instanceof Error ? error.message : String(error);
    say(message);
    return;
  }
  if (!connection) return;
  const open = connection;
  useFieldStore.setState({ source: { kind: 'serial', name: open.name, status: 'waiting', badLines: 0, message: i18next.t('field.position.waitingForSentences', { baud: baudRate }) } });
  const stream = createNmeaStream();
  let stopped = false;
  stopCurrent = () => {
    stopped = true;
    void open.close();
  };
  await open.read((text) => {
    for (const event of stream.push(text)) {
      if (event.kind === 'fix') onFix(event.fix, 'serial');
      else countBadLine();
    }
  });
  if (!stopped) {
    // The read ended without a stop: the receiver was unplugged or switched off.
    stopCurrent = null;
    say(i18next.t('field.position.disconnected', { name: open.name }));
  }
}

/** Uses a photo's EXIF position as where the inspector stands (no receiver; the photo was taken on the spot). */
export function takePositionFromPhoto(longitude: number, latitude: number, accuracyM: number | null, takenAt: string | null, name: string): void {
  stopPositionSource();
  useFieldStore.setState({ source: { kind: 'photo', name, status: 'ended', badLines: 0 } });
  setPosition({ lon: longitude, lat: latitude, accuracyM, source: 'photo', time: takenAt }, stepMetres);
}

// Where am I: the position source buttons (GNSS receiver, NMEA replay, map click) and what the source reports —
// fix quality, satellites, HDOP, estimated accuracy and time — so the inspector knows how far to trust it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldStore } from './field-store';
import { pickPositionOnMap } from './field-map-tools';
import { webSerialAvailable } from '../host/web-serial';
import { DEFAULT_BAUD_RATE, startNmeaReplay, startSerialReceiver, stopPositionSource } from './position-sources';
import { useApp } from '../app/app-context';

const BAUD_RATES = [4800, 9600, 19200, 38400, 57600, 115200] as const;
const REPLAY_SPEEDS = [1, 5, 20, 60] as const;

export function PositionPanel(): React.JSX.Element {
  const app = useApp();
  const { t, i18n } = useTranslation();
  const zh = i18n.language !== 'en';
  const { position, source, follow } = useFieldStore();
  const [baud, setBaud] = useState<number>(DEFAULT_BAUD_RATE);
  const [speed, setSpeed] = useState<number>(1);
  const running = source && (source.status === 'running' || source.status === 'waiting') && source.kind !== 'map';
  return (
    <section className="field-section field-position" data-testid="field-position" aria-label={t('field.position.title')}>
      <h3>{t('field.position.title')}</h3>
      <div className="field-buttons">
        <button type="button" data-testid="field-source-serial" onClick={() => void startSerialReceiver(app.host, baud)} title={t('field.position.serialHint')}>
          {t('field.position.serial')}
        </button>
        <button type="button" data-testid="field-source-replay" onClick={() => void startNmeaReplay(app.host, speed)}>
          {t('field.position.replay')}
        </button>
        <button type="button" data-testid="field-source-map" onClick={() => { stopPositionSource(); pickPositionOnMap(); }}>
          {t('field.position.map')}
        </button>
        {running ? (
          <button type="button" data-testid="field-source-stop" onClick={stopPositionSource}>
            {t('field.position.stop')}
          </button>
        ) : null}
      </div>
      {app.host.kind === 'browser' ? (
        <p className="field-hint" data-testid="field-serial-note">
          {webSerialAvailable() ? t('field.position.browserSerial') : t('field.position.noWebSerial')}
        </p>
      ) : null}
      <div className="field-options">
        <label>
          {t('field.position.baud')}
          <select value={baud} onChange={(e) => setBaud(Number(e.target.value))} data-testid="field-baud">
            {BAUD_RATES.map((b) => (
              <option key={b} value={b}>{b}</option>
            ))}
          </select>
        </label>
        <label>
          {t('field.position.speed')}
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))} data-testid="field-replay-speed">
            {REPLAY_SPEEDS.map((s) => (
              <option key={s} value={s}>{`${s}×`}</option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" className="small" checked={follow} data-testid="field-follow" onChange={(e) => useFieldStore.setState({ follow: e.target.checked })} />
          {t('field.position.follow')}
        </label>
      </div>
      {source ? (
        <p className={`field-source-status ${source.status}`} data-testid="field-source-status" role={source.status === 'error' ? 'alert' : 'status'}>
          {t(`field.position.sources.${source.kind}`)}
          {source.name ? ` · ${source.name}` : ''} · {t(`field.position.status.${source.status}`)}
          {source.badLines > 0 ? ` · ${t('field.position.badLines', { count: source.badLines })}` : ''}
          {source.message ? ` — ${source.message}` : ''}
        </p>
      ) : (
        <p className="field-hint">{t('field.position.none')}</p>
      )}
      {position ? (
        <dl className="field-fix" data-testid="field-fix">
          <div>
            <dt>{t('field.position.quality')}</dt>
            <dd data-testid="field-fix-quality">{position.gnss ? (zh ? position.gnss.qualityLabel.zh : position.gnss.qualityLabel.en) : t(`field.position.sources.${position.source}`)}</dd>
          </div>
          <div>
            <dt>{t('field.position.satellites')}</dt>
            <dd data-testid="field-fix-satellites">{position.gnss?.satellites ?? '—'}</dd>
          </div>
          <div>
            <dt>HDOP</dt>
            <dd data-testid="field-fix-hdop">{position.gnss?.hdop?.toFixed(1) ?? '—'}</dd>
          </div>
          <div>
            <dt>{t('field.position.accuracy')}</dt>
            <dd data-testid="field-fix-accuracy">{position.accuracyM === null ? '—' : `±${position.accuracyM.toFixed(1)} m`}</dd>
          </div>
          <div className="wide">
            <dt>{t('field.position.coordinates')}</dt>
            <dd data-testid="field-fix-coordinates">
              {position.lon.toFixed(6)}°E, {position.lat.toFixed(6)}°N{position.time ? ` · ${new Date(position.time).toLocaleTimeString(zh ? 'zh-CN' : 'en')}` : ''}
            </dd>
          </div>
        </dl>
      ) : null}
    </section>
  );
}

// The basemap list: name, kind, visibility, opacity, zoom to, remove; and the button that adds one. It lives in a
// MapLibre control at the map's top-right (see basemap-control.tsx), collapsed to one button until opened.
import { useTranslation } from 'react-i18next';
import './basemap-panel.css';
import { useAppStore } from '../state/app-store';
import { addBasemapWithMessages } from './add-basemap-with-messages';
import { basemapCommands, projectKey, useBasemapStore } from './basemap-store';

export function BasemapPanel(): React.JSX.Element {
  const { t } = useTranslation();
  const key = useAppStore((s) => projectKey(s.project));
  const basemaps = useBasemapStore((s) => s.byProject[key]) ?? [];
  const open = useBasemapStore((s) => s.panelOpen);
  if (!open) {
    return (
      <button type="button" className="basemap-toggle" data-testid="basemap-toggle" title={t('basemaps.title')} onClick={() => basemapCommands.setPanelOpen(true)}>
        {t('basemaps.button', { count: basemaps.length })}
      </button>
    );
  }
  return (
    <section className="basemap-panel" data-testid="basemap-panel" aria-label={t('basemaps.title')}>
      <header>
        <h2>{t('basemaps.title')}</h2>
        <button type="button" className="icon" title={t('basemaps.close')} aria-label={t('basemaps.close')} onClick={() => basemapCommands.setPanelOpen(false)}>
          ✕
        </button>
      </header>
      {basemaps.length === 0 ? <p className="muted">{t('basemaps.empty')}</p> : null}
      <ul className="basemap-list">
        {basemaps.map((entry) => (
          <li key={entry.id} className="basemap-row" data-testid="basemap-row">
            <div className="basemap-head">
              <input
                type="checkbox"
                checked={entry.visible}
                aria-label={t('basemaps.visible', { name: entry.name })}
                data-testid="basemap-visible"
                onChange={(event) => basemapCommands.update(entry.id, { visible: event.target.checked })}
              />
              <span className="basemap-name" title={entry.name}>
                {entry.name}
              </span>
              <span className="basemap-kind">{t(`basemaps.kinds.${entry.kind}`)}</span>
            </div>
            <div className="basemap-tools">
              <input
                type="range"
                min={0}
                max={100}
                value={Math.round(entry.opacity * 100)}
                aria-label={t('basemaps.opacity', { name: entry.name })}
                data-testid="basemap-opacity"
                onChange={(event) => basemapCommands.update(entry.id, { opacity: Number(event.target.value) / 100 })}
              />
              <span className="area-label">{Math.round(entry.opacity * 100)}%</span>
              <button type="button" className="icon" onClick={() => basemapCommands.zoomTo(entry.id)} disabled={!entry.content.bounds}>
                {t('basemaps.zoomTo')}
              </button>
              <button type="button" className="icon" data-testid="basemap-remove" onClick={() => basemapCommands.remove(entry.id)}>
                {t('basemaps.remove')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <button type="button" className="primary" data-testid="basemap-add" onClick={() => void addBasemapWithMessages()}>
        {t('actions.basemap.add')}
      </button>
      <p className="basemap-note muted">{t('basemaps.sessionOnly')}</p>
    </section>
  );
}

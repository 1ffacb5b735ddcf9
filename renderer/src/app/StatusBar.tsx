// The status bar: cursor longitude/latitude, map scale, the CRS, and what the app is busy with.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/app-store';
import { roundScale } from '../map/map-scale';
import { gridPosition } from '../goto/grid-position';
import type { TFunction } from 'i18next';

function gridText(cursor: { lon: number; lat: number }, t: TFunction): string {
  const grid = gridPosition(cursor.lon, cursor.lat);
  return t('status.grid', { x: grid.x.toFixed(2), y: grid.y.toFixed(2), crs: grid.crs });
}

export function StatusBar(): React.JSX.Element {
  const { t } = useTranslation();
  const cursor = useAppStore((s) => s.cursor);
  const scale = useAppStore((s) => s.scaleDenominator);
  const busy = useAppStore((s) => s.busy);
  return (
    <footer className="status-bar">
      <span data-testid="status-cursor">{cursor ? t('status.cursor', { lon: cursor.lon.toFixed(6), lat: cursor.lat.toFixed(6) }) : t('status.cursorNone')}</span>
      {cursor ? <span data-testid="status-grid">{gridText(cursor, t)}</span> : null}
      <span data-testid="status-scale">{scale ? t('status.scale', { scale: roundScale(scale).toLocaleString('en-US') }) : ''}</span>
      <span>{t('status.crs')}</span>
      <span className="spacer" />
      <span data-testid="status-busy">{busy ?? t('app.ready')}</span>
    </footer>
  );
}

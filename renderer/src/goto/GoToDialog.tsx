// Go to a coordinate (Ctrl+G): longitude/latitude or a Gauss-Krüger X/Y; says how the numbers were read, refuses
// what it cannot read, and marks the place on the map.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Marker } from 'maplibre-gl';
import { parseCoordinate } from '../../../shared/geo/coordinates/parse-coordinate';
import { getMapInstance } from '../map/map-instance';
import { useGoToState } from './go-to-state';

let marker: Marker | null = null;

export function GoToDialog(): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const open = useGoToState((s) => s.open);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (open) {
      setError(null);
      setTimeout(() => input.current?.select(), 0);
    }
  }, [open]);
  if (!open) return null;
  const close = (): void => useGoToState.setState({ open: false });
  const go = (): void => {
    const map = getMapInstance();
    const parsed = parseCoordinate(text, map?.getCenter().lng ?? 114);
    const zh = i18n.language !== 'en';
    if (!parsed.ok) {
      setError(zh ? parsed.reason.zh : parsed.reason.en);
      return;
    }
    map?.jumpTo({ center: parsed.lonLat, zoom: Math.max(map.getZoom(), 16) });
    marker?.remove();
    if (map) marker = new Marker({ color: '#c0392b' }).setLngLat(parsed.lonLat).addTo(map);
    useGoToState.setState({ open: false, lastHow: zh ? parsed.how.zh : parsed.how.en });
  };
  return (
    <div className="overlay" onMouseDown={close}>
      <div className="dialog" role="dialog" aria-label={t('goto.title')} onMouseDown={(e) => e.stopPropagation()} data-testid="goto-dialog">
        <h2>{t('goto.title')}</h2>
        <p className="muted">{t('goto.hint')}</p>
        <input
          ref={input}
          className="text-input"
          data-testid="goto-input"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') go();
            if (e.key === 'Escape') close();
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby="goto-error"
        />
        {error ? <p className="field-error" id="goto-error" role="alert" data-testid="goto-error">{error}</p> : null}
        <div className="buttons">
          <button type="button" className="primary" onClick={go}>{t('goto.go')}</button>
          <button type="button" onClick={close}>{t('dialogs.cancel')}</button>
        </div>
      </div>
    </div>
  );
}

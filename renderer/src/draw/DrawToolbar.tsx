// The drawing toolbar on the map: new parcel, new house, edit boundary, split, merge, delete, measure distance and
// area; with the live ellipsoidal area or geodesic length of what is being drawn.
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatHectares, formatMu, formatSquareMetres, squareMetresToHectares, squareMetresToMu } from '../../../shared/geo/units';
import { whenMapReady } from '../map/map-instance';
import { useDrawState, type DrawTool } from './draw-state';
import { deleteSelected, finishEditing, mergeSelected, startTool, stopTool } from './draw-commands';
import { useApp } from '../app/app-context';

const TOOLS: readonly { tool: DrawTool; key: string }[] = [
  { tool: 'new-parcel', key: 'actions.draw.newParcel' },
  { tool: 'new-house', key: 'actions.draw.newHouse' },
  { tool: 'edit-geometry', key: 'actions.draw.editGeometry' },
  { tool: 'split', key: 'actions.draw.split' },
  { tool: 'measure-distance', key: 'actions.draw.measureDistance' },
  { tool: 'measure-area', key: 'actions.draw.measureArea' },
];

function AreaText({ areaM2 }: { areaM2: number }): React.JSX.Element {
  const { t } = useTranslation();
  return <>{t('draw.areaReadout', { mu: formatMu(squareMetresToMu(areaM2)), m2: formatSquareMetres(areaM2), ha: formatHectares(squareMetresToHectares(areaM2)) })}</>;
}

export function DrawToolbar(): React.JSX.Element | null {
  const app = useApp();
  const { t } = useTranslation();
  const [container, setContainer] = useState<HTMLElement | null>(null);
  const { tool, liveAreaM2, liveLengthM, measured } = useDrawState();

  useEffect(() => whenMapReady((map) => setContainer(map.getContainer())), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const state = useDrawState.getState();
      if (event.key === 'Escape' && state.tool) stopTool();
      else if (event.key === 'Escape' && state.measured) useDrawState.setState({ measured: null });
      else if (event.key === 'Enter' && state.tool === 'edit-geometry') void finishEditing(app);
      else if (event.key === 'Delete' && !state.tool && !(event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLSelectElement)) void deleteSelected(app);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [app]);

  if (!container) return null;
  return createPortal(
    <div className="draw-toolbar" data-testid="draw-toolbar">
      <div className="draw-buttons">
        {TOOLS.map(({ tool: id, key }) => (
          <button key={id} type="button" className={tool === id ? 'active' : ''} aria-pressed={tool === id} data-testid={`draw-${id}`} onClick={() => (tool === id ? stopTool() : startTool(app, id))}>
            {t(key)}
          </button>
        ))}
        <button type="button" data-testid="draw-merge" onClick={() => void mergeSelected(app)}>{t('actions.draw.merge')}</button>
        <button type="button" data-testid="draw-delete" onClick={() => void deleteSelected(app)}>{t('actions.draw.delete')}</button>
      </div>
      {tool ? (
        <div className="draw-readout" data-testid="draw-readout">
          <span>{t(`draw.hints.${tool}`)}</span>
          {liveAreaM2 !== null ? <strong data-testid="draw-live-area"><AreaText areaM2={liveAreaM2} /></strong> : null}
          {liveLengthM !== null ? <strong data-testid="draw-live-length">{t('draw.lengthReadout', { m: liveLengthM.toFixed(2) })}</strong> : null}
          {tool === 'edit-geometry' ? <button type="button" className="primary" onClick={() => void finishEditing(app)}>{t('draw.saveBoundary')}</button> : null}
          <button type="button" onClick={stopTool}>{t('dialogs.cancel')}</button>
        </div>
      ) : measured ? (
        <div className="draw-readout" data-testid="draw-measured">
          {measured.areaM2 !== undefined ? <strong><AreaText areaM2={measured.areaM2} /></strong> : null}
          {measured.lengthM !== undefined ? <strong>{t('draw.lengthReadout', { m: measured.lengthM.toFixed(2) })}</strong> : null}
          <button type="button" onClick={() => useDrawState.setState({ measured: null })}>{t('dialogs.ok')}</button>
        </div>
      ) : null}
    </div>,
    container,
  );
}

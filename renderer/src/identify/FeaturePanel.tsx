// The selected feature's panel: its attributes with Chinese labels, its ellipsoidal area (mu, m², ha) and the plane
// area with its zone, related items (house → parcel, parcel → linkage project and houses), and its history.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Feature } from 'geojson';
import type { AuditRow } from '../worker/project-protocol';
import { columnLabel, tableLabel, valueLabel } from '../../../shared/domain/labels';
import { findTableSchema } from '../../../shared/domain/tables/index';
import { formatHectares, formatMu, formatSquareMetres, squareMetresToMu } from '../../../shared/geo/units';
import { useAppStore } from '../state/app-store';
import { selectedFeaturesOf } from '../state/selected-features';
import { measureFeature } from './feature-measures';
import { zoomToFeatures } from './zoom-to-features';
import { FeatureVerifications } from '../field/FeatureVerifications';
import { useApp } from '../app/app-context';

const HIDDEN = new Set(['fid', 'geom', 'area_m2']);

function useSelectedFeatures(): { table: string; features: Feature[] } | null {
  const selection = useAppStore((s) => s.selection);
  const layers = useAppStore((s) => s.project?.view.layers);
  return useMemo(() => selectedFeaturesOf(selection, layers), [selection, layers]);
}

function findByCode(table: string, code: unknown): Feature | undefined {
  if (typeof code !== 'string' || !code) return undefined;
  return useAppStore.getState().project?.view.layers.find((l) => l.table === table)?.features.features.find((f) => f.properties?.code === code);
}

export function FeaturePanel(): React.JSX.Element | null {
  const app = useApp();
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const selected = useSelectedFeatures();
  const projects = useAppStore((s) => s.project?.view.summary.projects);
  const houses = useAppStore((s) => s.project?.view.layers.find((l) => l.table === 'old_houses')?.features.features);
  const [history, setHistory] = useState<AuditRow[] | null>(null);
  const single = selected?.features.length === 1 ? selected.features[0]! : null;
  const code = single?.properties?.code as string | undefined;

  useEffect(() => {
    setHistory(null);
    if (selected && code) void app.project.featureHistory(selected.table, code).then(setHistory, () => setHistory([]));
  }, [app, selected?.table, code]);

  if (!selected || selected.features.length === 0) return null;
  const schema = findTableSchema(selected.table);
  const select = (table: string, feature: Feature | undefined): void => {
    if (feature) app.ui.select({ table, fids: [feature.properties?.fid as number] });
  };

  if (!single) {
    const total = selected.features.reduce((sum, f) => sum + (measureFeature(f.geometry)?.areaM2 ?? 0), 0);
    return (
      <section className="feature-panel" data-testid="feature-panel">
        <h2>{t('identify.selectedCount', { count: selected.features.length, table: tableLabel(selected.table, lang) })}</h2>
        {total > 0 ? <p data-testid="feature-area-total">{t('identify.totalArea', { mu: formatMu(squareMetresToMu(total)), m2: formatSquareMetres(total) })}</p> : null}
        <div className="buttons-row">
          <button type="button" onClick={() => zoomToFeatures(selected.features)}>{t('identify.zoomTo')}</button>
          <button type="button" onClick={() => app.ui.select(null)}>{t('identify.clear')}</button>
        </div>
      </section>
    );
  }

  const measures = measureFeature(single.geometry);
  const properties = single.properties ?? {};
  const columns = (schema?.columns.map((c) => c.name) ?? Object.keys(properties)).filter((name) => !HIDDEN.has(name) && name in properties);
  const parcel = selected.table === 'old_houses' ? findByCode('reclaim_parcels', properties.parcel_code) : undefined;
  const project = 'project_code' in properties ? projects?.find((p) => p.code === properties.project_code) : undefined;
  const parcelHouses = selected.table === 'reclaim_parcels' ? (houses ?? []).filter((h) => h.properties?.parcel_code === properties.code) : [];

  return (
    <section className="feature-panel" data-testid="feature-panel">
      <h2>
        {tableLabel(selected.table, lang)} <span className="code">{String(properties.code ?? properties.name ?? properties.fid)}</span>
      </h2>
      {measures ? (
        <table className="measures" data-testid="feature-area">
          <tbody>
            <tr><th>{t('identify.ellipsoidalArea')}</th><td className="number" data-testid="feature-area-mu">{formatMu(measures.areaMu)} 亩</td></tr>
            <tr><th /><td className="number">{formatSquareMetres(measures.areaM2)} m² · {formatHectares(measures.areaHa)} ha</td></tr>
            <tr><th>{t('identify.perimeter')}</th><td className="number">{measures.perimeterM.toFixed(2)} m</td></tr>
            <tr><th>{t('identify.planeArea')}</th><td className="number" title={measures.planeCrs}>{formatSquareMetres(measures.planeAreaM2)} m²</td></tr>
            <tr><th /><td className="crs-note">{measures.planeCrs}</td></tr>
          </tbody>
        </table>
      ) : null}
      <table className="attributes" data-testid="feature-attributes">
        <tbody>
          {columns.map((name) => {
            const value = properties[name];
            const text = value === null || value === undefined || value === '' ? '—' : valueLabel(selected.table, name, String(value), lang);
            return (
              <tr key={name}><th>{columnLabel(selected.table, name, lang)}</th><td>{text}</td></tr>
            );
          })}
        </tbody>
      </table>
      {parcel || project || parcelHouses.length ? (
        <>
          <h3>{t('identify.related')}</h3>
          <ul className="related" data-testid="feature-related">
            {parcel ? <li><button type="button" className="link" onClick={() => select('reclaim_parcels', parcel)}>{tableLabel('reclaim_parcels', lang)} {String(parcel.properties?.code)}</button></li> : null}
            {project ? (
              <li>
                {t('identify.project', { code: project.code, name: project.name })}
                <br />
                <span className="muted">{t('identify.projectFigures', { accepted: formatMu(project.acceptedMu), surplus: formatMu(project.surplusMu), available: formatMu(project.availableMu) })}</span>
              </li>
            ) : null}
            {parcelHouses.slice(0, 20).map((house) => (
              <li key={String(house.properties?.fid)}><button type="button" className="link" onClick={() => select('old_houses', house)}>{tableLabel('old_houses', lang)} {String(house.properties?.code)} · {valueLabel('old_houses', 'status', String(house.properties?.status), lang)}</button></li>
            ))}
          </ul>
        </>
      ) : null}
      {code ? <FeatureVerifications table={selected.table} code={code} /> : null}
      <h3>{t('identify.history')}</h3>
      <ul className="history" data-testid="feature-history">
        {history === null ? <li className="muted">{t('app.loading')}</li> : null}
        {history?.length === 0 ? <li className="muted">{t('identify.noHistory')}</li> : null}
        {history?.map((row, index) => (
          <li key={index}>
            <span className="muted">{new Date(row.at).toLocaleString(i18n.language)}</span> {t(`identify.actions.${row.action}`, { defaultValue: row.action })}
            {row.action === 'update' && row.newValues ? ` ${Object.entries(row.newValues).map(([k, v]) => `${columnLabel(selected.table, k, lang)}: ${String(row.oldValues?.[k] ?? '—')} → ${String(v)}`).join('；')}` : ''}
          </li>
        ))}
      </ul>
      <div className="buttons-row">
        <button type="button" onClick={() => zoomToFeatures([single])} data-testid="feature-zoom">{t('identify.zoomTo')}</button>
        <button type="button" onClick={() => app.ui.select(null)}>{t('identify.clear')}</button>
      </div>
    </section>
  );
}

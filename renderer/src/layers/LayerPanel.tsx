// The layer panel (图层): per table visibility, opacity, labels, order, zoom to layer and a filter by status,
// township, village or linkage project; with a legend that shows only what is visible.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeatureCollection } from 'geojson';
import { useAppStore } from '../state/app-store';
import { HOUSE_STATUS_COLOURS, LAYER_GROUPS, PARCEL_STATUS_COLOURS, type MapTable } from '../map/layer-styles';
import { getMapInstance } from '../map/map-instance';
import { DERIVED_LAYERS, isDerivedLayer } from '../map/derived-layers';
import { boundsOfLayers } from '../worker/layer-bounds';
import { useLayerState, type FilterField } from './layer-state';
import { FilterIcon, ZoomToIcon } from './icons';

const SWATCH: Partial<Record<MapTable, string>> = { resettlement_sites: '#6a51a3', construction_plots: '#f16913', admin_areas: '#ede8dc', context_lines: '#6baed6', linkage_outlines: '#8856a7', linkage_lines: '#6a3d8c' };

function distinctValues(features: FeatureCollection | undefined, field: FilterField): string[] {
  const values = new Set<string>();
  for (const feature of features?.features ?? []) {
    const value = feature.properties?.[field];
    if (typeof value === 'string' && value) values.add(value);
  }
  return [...values].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

function LegendEntries({ table }: { table: MapTable }): React.JSX.Element | null {
  const { t } = useTranslation();
  const filter = useLayerState((s) => s.settings[table].filter);
  const colours = table === 'reclaim_parcels' ? PARCEL_STATUS_COLOURS : table === 'old_houses' ? HOUSE_STATUS_COLOURS : null;
  if (!colours) return null;
  return (
    <ul className="legend" data-testid={`legend-${table}`}>
      {Object.entries(colours)
        .filter(([status]) => !filter.status || filter.status === status)
        .map(([status, colour]) => (
          <li key={status}>
            <span className={`swatch${table === 'old_houses' ? ' round' : ''}`} style={{ background: colour }} />
            {t(`status_values.${status}`)}
          </li>
        ))}
    </ul>
  );
}

function LayerRow({ table }: { table: MapTable }): React.JSX.Element {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const settings = useLayerState((s) => s.settings[table]);
  const layerState = useLayerState.getState();
  const view = useAppStore((s) => s.project?.view);
  // Linkage project areas and lines are drawn from the parcels and plots, not stored: built (once per view) only while shown.
  const features = useMemo(() => {
    const derive = DERIVED_LAYERS[table];
    return derive ? (view && settings.visible ? derive(view) : undefined) : view?.layers.find((l) => l.table === table)?.features;
  }, [table, view, settings.visible]);
  const group = LAYER_GROUPS.find((g) => g.table === table)!;
  // The filter lists scan every feature: only while the row is open (opening a 100k-parcel project must not wait on it).
  const filterOptions = useMemo(() => (expanded ? group.filterable.map((field) => ({ field, values: distinctValues(features, field) })) : []), [expanded, features, group]);
  const zoomTo = (): void => {
    const bounds = features ? boundsOfLayers([{ table, features }]) : null;
    if (bounds) getMapInstance()?.fitBounds([bounds[0], bounds[1], bounds[2], bounds[3]], { padding: 32, animate: false, maxZoom: 17 });
  };
  const name = t(`layers.${table}`);
  return (
    <li className="layer-row" data-testid={`layer-${table}`}>
      <div className="layer-head">
        <input type="checkbox" aria-label={t('layerPanel.visible', { name })} checked={settings.visible} onChange={(e) => layerState.setVisible(table, e.target.checked)} data-testid={`layer-visible-${table}`} />
        {table === 'reclaim_parcels' || table === 'old_houses' ? null : <span className="swatch" style={{ background: SWATCH[table] ?? '#999' }} />}
        <button type="button" className="layer-name" onClick={() => setExpanded((e) => !e)} aria-expanded={expanded}>
          {name} {Object.keys(settings.filter).length ? <span className="filter-mark" title={t('layerPanel.filtered')}><FilterIcon /></span> : null}
        </button>
        <span className="count" data-testid={`layer-count-${table}`}>{table === 'linkage_outlines' ? (view?.summary.projects.length ?? 0) : isDerivedLayer(table) && !features ? '' : (features?.features.length ?? 0)}</span>
        <button type="button" className="icon" title={t('layerPanel.up')} aria-label={t('layerPanel.up')} onClick={() => layerState.move(table, 'up')}>▲</button>
        <button type="button" className="icon" title={t('layerPanel.down')} aria-label={t('layerPanel.down')} onClick={() => layerState.move(table, 'down')}>▼</button>
        <button type="button" className="icon" title={t('layerPanel.zoomTo')} aria-label={t('layerPanel.zoomTo')} onClick={zoomTo} data-testid={`layer-zoom-${table}`}><ZoomToIcon /></button>
      </div>
      {settings.visible ? <LegendEntries table={table} /> : null}
      {expanded ? (
        <div className="layer-options">
          <label>
            {t('layerPanel.opacity')}
            <input type="range" min={0} max={100} value={Math.round(settings.opacity * 100)} onChange={(e) => layerState.setOpacity(table, Number(e.target.value) / 100)} data-testid={`layer-opacity-${table}`} />
            <span>{Math.round(settings.opacity * 100)}%</span>
          </label>
          {group.labelIds.length ? (
            <label>
              <input type="checkbox" checked={settings.labels} onChange={(e) => layerState.setLabels(table, e.target.checked)} />
              {t('layerPanel.labels')}
            </label>
          ) : null}
          {filterOptions.map(({ field, values }) => (
            <label key={field}>
              {t(`layerPanel.filterBy.${field}`)}
              <select value={settings.filter[field] ?? ''} onChange={(e) => layerState.setFilter(table, field, e.target.value || null)} data-testid={`layer-filter-${table}-${field}`}>
                <option value="">{t('layerPanel.all')}</option>
                {values.map((value) => (
                  <option key={value} value={value}>
                    {field === 'status' ? t(`status_values.${value}`, { defaultValue: value }) : value}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      ) : null}
    </li>
  );
}

export function LayerPanel(): React.JSX.Element {
  const { t } = useTranslation();
  const order = useLayerState((s) => s.order);
  return (
    <section data-testid="layer-panel">
      <h2>{t('layers.title')}</h2>
      <ul className="layer-list">
        {[...order].reverse().map((table) => (
          <LayerRow key={table} table={table} />
        ))}
      </ul>
    </section>
  );
}

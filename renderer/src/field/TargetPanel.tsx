// Today's targets: choose a village or draw an area on the map, then the houses and parcels in it, nearest first,
// each with its distance, bearing and finding so far. A tap opens its verification form.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/app-store';
import { valueLabel } from '../../../shared/domain/labels';
import { compassPoint } from '../../../shared/geo/measure/distance-bearing';
import { villagesWithTargets, type FieldTarget } from './field-targets';
import { useFieldStore } from './field-store';
import { drawPolygonOnMap } from './field-map-tools';
import { chooseTarget } from './field-mode-commands';
import { formatDistance } from './format-distance';
import { useApp } from '../app/app-context';

export function TargetPanel({ targets, verifiedCount }: { targets: readonly FieldTarget[]; verifiedCount: number }): React.JSX.Element {
  const app = useApp();
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const layers = useAppStore((s) => s.project?.view.layers ?? []);
  const { filter, active, drawingArea } = useFieldStore();
  const villages = villagesWithTargets(layers);
  const drawArea = async (): Promise<void> => {
    useFieldStore.setState({ drawingArea: true });
    const area = await drawPolygonOnMap((reason) => app.ui.toast(t('field.targets.areaRefused', { reason }), 'error'));
    useFieldStore.setState({ drawingArea: false, ...(area ? { filter: { kind: 'area', area }, active: null } : {}) });
  };
  return (
    <section className="field-section" aria-label={t('field.targets.title')}>
      <h3>
        {t('field.targets.title')}
        {filter ? <span className="field-count" data-testid="field-target-count">{t('field.targets.count', { done: verifiedCount, total: targets.length })}</span> : null}
      </h3>
      <div className="field-buttons">
        <select
          aria-label={t('field.targets.village')}
          data-testid="field-village"
          value={filter?.kind === 'village' ? filter.village : ''}
          onChange={(e) => useFieldStore.setState({ filter: e.target.value ? { kind: 'village', village: e.target.value } : null, active: null })}
        >
          <option value="">{t('field.targets.chooseVillage')}</option>
          {villages.map((v) => (
            <option key={v} value={v}>{v}</option>
          ))}
        </select>
        <button type="button" data-testid="field-draw-area" aria-pressed={drawingArea} onClick={() => void drawArea()}>
          {drawingArea ? t('field.targets.drawingArea') : t('field.targets.drawArea')}
        </button>
      </div>
      {filter ? (
        <ol className="field-targets" data-testid="field-targets">
          {targets.map((target) => {
            const isActive = active?.table === target.table && active.code === target.code;
            return (
              <li key={`${target.table}:${target.code}`}>
                <button type="button" className={isActive ? 'active' : ''} aria-pressed={isActive} data-testid={`field-target-${target.code}`} onClick={() => chooseTarget(target)}>
                  <span className={`field-kind ${target.kind}`}>{t(`field.kinds.${target.kind}`)}</span>
                  <span className="field-target-code">{target.code}</span>
                  <span className="field-target-meta">
                    {target.household ?? target.village ?? ''}
                    {target.status ? ` · ${valueLabel(target.table, 'status', target.status, lang === 'en' ? 'en' : 'zh')}` : ''}
                  </span>
                  <span className="field-target-away">{target.distanceM !== null && target.bearingDeg !== null ? `${formatDistance(target.distanceM)} ${compassPoint(target.bearingDeg, lang)}` : ''}</span>
                  <span className={`field-finding ${target.finding ?? 'none'}`}>{target.finding ? t(`field.findings.${target.finding}`) : t('field.findings.none')}</span>
                </button>
              </li>
            );
          })}
          {targets.length === 0 ? <li className="field-hint">{t('field.targets.empty')}</li> : null}
        </ol>
      ) : (
        <p className="field-hint">{t('field.targets.hint')}</p>
      )}
    </section>
  );
}

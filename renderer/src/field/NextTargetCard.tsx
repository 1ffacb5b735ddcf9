// The way to the target: a large arrow turned to its bearing, the distance and the compass point, readable at arm's
// length in sunlight. Without a position it says how to get one.
import { useTranslation } from 'react-i18next';
import { compassPoint } from '../../../shared/geo/measure/distance-bearing';
import type { FieldTarget } from './field-targets';
import { chooseTarget } from './field-mode-commands';
import { formatDistance } from './format-distance';

export function NextTargetCard({ target, isActive }: { target: FieldTarget; isActive: boolean }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const known = target.distanceM !== null && target.bearingDeg !== null;
  return (
    <section className="field-section field-next" data-testid="field-next" aria-live="polite">
      <h3>{isActive ? t('field.next.current') : t('field.next.title')}</h3>
      <div className="field-next-row">
        <span className="field-arrow" aria-hidden="true" style={{ transform: `rotate(${target.bearingDeg ?? 0}deg)`, opacity: known ? 1 : 0.25 }}>
          ↑
        </span>
        <div>
          <div className="field-next-code">
            {t(`field.kinds.${target.kind}`)} {target.code}
          </div>
          <div className="field-next-away" data-testid="field-next-away">
            {known ? t('field.next.away', { distance: formatDistance(target.distanceM!), point: compassPoint(target.bearingDeg!, lang), bearing: Math.round(target.bearingDeg!) }) : t('field.next.noPosition')}
          </div>
        </div>
        {!isActive ? (
          <button type="button" className="primary" data-testid="field-next-open" onClick={() => chooseTarget(target)}>
            {t('field.next.open')}
          </button>
        ) : null}
      </div>
    </section>
  );
}

// Export a field package: the houses and parcels of a village, a township, or the area drawn in field mode, with
// their verifications and photos and the base of every row for the merge back. Saved through the Host.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldArea } from '../../../shared/field/package/index';
import { useAppStore } from '../state/app-store';
import { closeFieldDialog } from './field-dialogs';
import { useFieldStore } from './field-store';
import { villagesWithTargets } from './field-targets';
import { exportFieldPackage } from './field-package';
import { useApp } from '../app/app-context';

type Kind = 'village' | 'township' | 'polygon';

export function PackageExportDialog(): React.JSX.Element {
  const app = useApp();
  const { t } = useTranslation();
  const layers = useAppStore((s) => s.project?.view.layers ?? []);
  const filter = useFieldStore((s) => s.filter);
  const villages = useMemo(() => villagesWithTargets(layers), [layers]);
  const townships = useMemo(() => {
    const names = new Set<string>();
    for (const l of layers) if (l.table === 'old_houses' || l.table === 'reclaim_parcels') for (const f of l.features.features) if (typeof f.properties?.township === 'string' && f.properties.township) names.add(f.properties.township);
    return [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  }, [layers]);
  const drawn = filter?.kind === 'area' ? filter.area : null;
  const [kind, setKind] = useState<Kind>(filter?.kind === 'area' ? 'polygon' : 'village');
  const [village, setVillage] = useState(filter?.kind === 'village' ? filter.village : (villages[0] ?? ''));
  const [township, setTownship] = useState(townships[0] ?? '');
  const [busy, setBusy] = useState(false);

  const area: FieldArea | null = kind === 'village' ? (village ? { kind, name: village } : null) : kind === 'township' ? (township ? { kind, name: township } : null) : drawn ? { kind: 'polygon', geometry: drawn } : null;
  const run = async (): Promise<void> => {
    if (!area || busy) return;
    setBusy(true);
    const ok = await exportFieldPackage(app, area);
    setBusy(false);
    if (ok) closeFieldDialog();
  };

  return (
    <div className="overlay field-overlay" onKeyDown={(e) => (e.key === 'Escape' ? closeFieldDialog() : e.key === 'Enter' && !(e.target instanceof HTMLSelectElement) ? void run() : undefined)}>
      <div className="dialog field-dialog" role="dialog" aria-label={t('field.package.title')} data-testid="package-dialog">
        <h2>{t('field.package.title')}</h2>
        <p className="muted">{t('field.package.explain')}</p>
        <fieldset className="field-choices">
          <label>
            <input type="radio" name="package-kind" checked={kind === 'village'} onChange={() => setKind('village')} data-testid="package-kind-village" />
            {t('field.package.village')}
            <select value={village} onChange={(e) => setVillage(e.target.value)} disabled={kind !== 'village'} data-testid="package-village">
              {villages.map((v) => (
                <option key={v} value={v}>{v}</option>
              ))}
            </select>
          </label>
          <label>
            <input type="radio" name="package-kind" checked={kind === 'township'} onChange={() => setKind('township')} data-testid="package-kind-township" />
            {t('field.package.township')}
            <select value={township} onChange={(e) => setTownship(e.target.value)} disabled={kind !== 'township'} data-testid="package-township">
              {townships.map((v) => (
                <option key={v} value={v}>{v}</option>
              ))}
            </select>
          </label>
          <label>
            <input type="radio" name="package-kind" checked={kind === 'polygon'} onChange={() => setKind('polygon')} disabled={!drawn} data-testid="package-kind-polygon" />
            {drawn ? t('field.package.drawn') : t('field.package.drawnNone')}
          </label>
        </fieldset>
        <div className="buttons">
          <button type="button" onClick={closeFieldDialog}>{t('dialogs.cancel')}</button>
          <button type="button" className="primary" disabled={!area || busy} data-testid="package-export" onClick={() => void run()} autoFocus>
            {t('field.package.export')}
          </button>
        </div>
      </div>
    </div>
  );
}

// The side panel: a legend of what is on the map and the project's summary (counts, parcel areas by status,
// linkage projects' surplus quota). Areas are ellipsoidal on CGCS2000, and the panel says so.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/app-store';
import { LayerPanel } from '../layers/LayerPanel';
import { FeaturePanel } from '../identify/FeaturePanel';
import { HistoryPanel } from '../history/HistoryPanel';

/** Tables the summary counts, in the order of the relocation chain (internal tables such as audit_log are left out). */
const COUNTED_TABLES = ['admin_areas', 'resettlement_sites', 'old_houses', 'reclaim_parcels', 'construction_plots', 'linkage_projects', 'quota_transactions', 'quota_payments', 'loans', 'verifications', 'photos'];

const formatMu = (mu: number): string => mu.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function SidePanel(): React.JSX.Element | null {
  const { t } = useTranslation();
  const open = useAppStore((s) => s.sidePanelOpen);
  const project = useAppStore((s) => s.project);
  if (!open) return null;
  const summary = project?.view.summary;
  return (
    <aside className="side-panel" data-testid="side-panel">
      <FeaturePanel />
      <HistoryPanel />
      <LayerPanel />
      {summary ? (
        <section data-testid="summary">
          <h2>{t('summary.title')}</h2>
          <h3>{t('summary.counts')}</h3>
          <table>
            <tbody>
              {COUNTED_TABLES.filter((table) => table in summary.counts).map((table) => [table, summary.counts[table] ?? 0] as const).map(([table, count]) => (
                <tr key={table}><td>{t(`layers.${table}`, { defaultValue: table })}</td><td className="number" data-testid={`count-${table}`}>{count}</td></tr>
              ))}
            </tbody>
          </table>
          <h3>{t('summary.parcelsByStatus')}</h3>
          <table>
            <tbody>
              {summary.parcelsByStatus.map((row) => (
                <tr key={row.status}><td>{t(`status_values.${row.status}`, { defaultValue: row.status })}</td><td className="number">{row.count}</td><td className="number">{formatMu(row.areaMu)} 亩</td></tr>
              ))}
            </tbody>
          </table>
          <h3>{t('summary.projects')}</h3>
          <table data-testid="linkage-projects">
            <thead>
              <tr><th /><th>{t('summary.accepted')}</th><th>{t('summary.construction')}</th><th>{t('summary.surplus')}</th><th>{t('summary.sold')}</th><th>{t('summary.available')}</th></tr>
            </thead>
            <tbody>
              {summary.projects.map((p) => (
                <tr key={p.code}><td title={p.name}>{p.code}</td><td className="number">{formatMu(p.acceptedMu)}</td><td className="number">{formatMu(p.constructionMu)}</td><td className="number">{formatMu(p.surplusMu)}</td><td className="number">{formatMu(p.soldMu)}</td><td className="number">{formatMu(p.availableMu)}</td></tr>
              ))}
            </tbody>
          </table>
          <p className="area-label">{t('summary.areaLabel')}</p>
        </section>
      ) : null}
    </aside>
  );
}

// In the feature panel of an old house or a reclaimed parcel: its field verifications (date, finding, inspectors)
// and its photos, so office staff see the evidence without opening field mode.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/app-store';
import { useFieldStore } from './field-store';
import { PhotoStrip, useEntityPhotos } from './FieldPhotos';
import { useApp } from '../app/app-context';

export function FeatureVerifications({ table, code }: { table: string; code: string }): React.JSX.Element | null {
  const app = useApp();
  const { t, i18n } = useTranslation();
  const view = useAppStore((s) => s.project?.view);
  const revision = useFieldStore((s) => s.revision);
  const [rows, setRows] = useState<Record<string, unknown>[]>([]);
  const relevant = table === 'old_houses' || table === 'reclaim_parcels';
  const photos = useEntityPhotos(app, relevant ? { table, code } : null);
  useEffect(() => {
    let current = true;
    if (!relevant) return;
    app.project.tableRows('verifications').then(
      (result) => current && setRows(result.rows.filter((r) => r.entity_table === table && r.entity_code === code).sort((a, b) => String(b.verified_at ?? '').localeCompare(String(a.verified_at ?? '')))),
      () => current && setRows([]),
    );
    return () => {
      current = false;
    };
  }, [app, table, code, view, revision, relevant]);
  if (!relevant) return null;
  return (
    <>
      <h3>{t('field.panel.title')}</h3>
      <ul className="related" data-testid="feature-verifications">
        {rows.length === 0 ? <li className="muted">{t('field.panel.none')}</li> : null}
        {rows.slice(0, 10).map((row) => (
          <li key={String(row.fid)}>
            <span className="muted">{row.verified_at ? new Date(String(row.verified_at)).toLocaleString(i18n.language) : '—'}</span>{' '}
            <strong className={`field-finding ${String(row.finding ?? 'none')}`}>{t(`field.findings.${typeof row.finding === 'string' ? row.finding : 'none'}`)}</strong>
            {row.inspectors ? ` · ${String(row.inspectors)}` : ''} · {String(row.code)}
          </li>
        ))}
      </ul>
      {photos.length > 0 ? <PhotoStrip photos={photos} /> : null}
    </>
  );
}

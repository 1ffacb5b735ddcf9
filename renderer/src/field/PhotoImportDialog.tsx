// The photo import preview: each photo with where it goes (house or parcel and distance) or why it matched nothing
// (no GPS in EXIF, too far from every feature, already in the project). An unmatched photo can be attached to the
// target being verified, the feature selected on the map, or the nearest feature; nothing is dropped silently.
// The match distance can be changed and the photos matched again. Enter imports, Escape closes.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context';
import type { PhotoAssignment } from '../../../shared/ipc/field-protocol';
import { tableLabel } from '../../../shared/domain/labels';
import { useAppStore } from '../state/app-store';
import { selectedFeaturesOf } from '../state/selected-features';
import { closeFieldDialog, type FieldDialog } from './field-dialogs';
import { previewPhotos, storePreviewedPhotos } from './photo-import';

type Props = { dialog: Extract<FieldDialog, { kind: 'photo-import' }> };

function choiceKey(a: PhotoAssignment): string {
  return `${a.table}:${a.code}`;
}

export function PhotoImportDialog({ dialog }: Props): React.JSX.Element {
  const app = useApp();
  const { t, i18n } = useTranslation();
  const zh = i18n.language !== 'en';
  const lang = zh ? 'zh' : 'en';
  const { preview, files, context } = dialog;
  const [maxDistance, setMaxDistance] = useState(String(dialog.maxDistanceM));
  const [assignments, setAssignments] = useState<Record<string, PhotoAssignment>>({});
  const [busy, setBusy] = useState(false);
  const selection = useAppStore((s) => s.selection);
  const layers = useAppStore((s) => s.project?.view.layers);
  const selected = useMemo(() => {
    const picked = selectedFeaturesOf(selection, layers);
    const feature = picked?.features.length === 1 ? picked.features[0] : undefined;
    if (!picked || !feature || (picked.table !== 'old_houses' && picked.table !== 'reclaim_parcels')) return null;
    return { table: picked.table, code: String(feature.properties?.code ?? '') } as PhotoAssignment;
  }, [selection, layers]);

  const choicesFor = (reason: (typeof preview.unmatched)[number]['reason']): { value: PhotoAssignment; label: string }[] => {
    const options: { value: PhotoAssignment; label: string }[] = [];
    const add = (value: PhotoAssignment, label: string): void => {
      if (!options.some((o) => choiceKey(o.value) === choiceKey(value))) options.push({ value, label });
    };
    if (context) add({ table: context.table, code: context.code }, t('field.photoImport.toTarget', { table: tableLabel(context.table, lang), code: context.code }));
    if (selected) add(selected, t('field.photoImport.toSelected', { table: tableLabel(selected.table, lang), code: selected.code }));
    if (reason.kind === 'too-far') add({ table: reason.nearestTable, code: reason.nearestCode }, t('field.photoImport.toNearest', { table: tableLabel(reason.nearestTable, lang), code: reason.nearestCode, m: Math.round(reason.distanceM) }));
    return options;
  };

  const distance = Number(maxDistance);
  const distanceValid = Number.isFinite(distance) && distance > 0 && distance <= 10_000;
  const count = preview.matched.length + Object.keys(assignments).length;
  const rematch = async (): Promise<void> => {
    if (!distanceValid) return;
    setBusy(true);
    await previewPhotos(app, files, context, distance);
    setBusy(false);
  };
  const confirm = async (): Promise<void> => {
    if (count === 0 || busy) return;
    setBusy(true);
    // Photos all of the target in the form go to the verification open there; otherwise each to its entity's record.
    const destinations = [...preview.matched.map((m) => `${m.table}:${m.code}`), ...Object.values(assignments).map(choiceKey)];
    const allForContext = context?.verificationCode && destinations.every((d) => d === `${context.table}:${context.code}`);
    const ok = await storePreviewedPhotos(app, files, distance, assignments, allForContext && context.verificationCode ? { verificationCode: context.verificationCode } : {});
    if (!ok) setBusy(false);
  };

  return (
    <div className="overlay field-overlay" onKeyDown={(e) => (e.key === 'Escape' ? closeFieldDialog() : e.key === 'Enter' && !(e.target instanceof HTMLSelectElement || e.target instanceof HTMLInputElement) ? void confirm() : undefined)}>
      <div className="dialog field-dialog" role="dialog" aria-label={t('field.photoImport.title')} data-testid="photo-import-dialog">
        <h2>{t('field.photoImport.title')}</h2>
        <p>{t('field.photoImport.summary', { total: files.length, matched: preview.matched.length, unmatched: preview.unmatched.length })}</p>
        <label className="field-inline">
          {t('field.photoImport.maxDistance')}
          <input type="number" min={1} max={10000} value={maxDistance} data-testid="photo-max-distance" onChange={(e) => setMaxDistance(e.target.value)} aria-invalid={!distanceValid} />
          m
          <button type="button" disabled={!distanceValid || busy} data-testid="photo-rematch" onClick={() => void rematch()}>
            {t('field.photoImport.rematch')}
          </button>
        </label>
        <table className="field-table" data-testid="photo-import-rows">
          <thead>
            <tr>
              <th>{t('field.photoImport.file')}</th>
              <th>{t('field.photoImport.exif')}</th>
              <th>{t('field.photoImport.goesTo')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.matched.map((m) => {
              const meta = preview.photos.find((p) => p.fileName === m.fileName);
              return (
                <tr key={m.fileName} data-testid="photo-row-matched" data-file={m.fileName}>
                  <td>{m.fileName}</td>
                  <td className="muted">{meta ? exifText(meta, zh) : ''}</td>
                  <td>
                    {tableLabel(m.table, lang)} {m.code}
                    {m.distanceM !== null ? ` · ${m.distanceM.toFixed(1)} m` : ''}
                  </td>
                </tr>
              );
            })}
            {preview.unmatched.map((u) => {
              const meta = preview.photos.find((p) => p.fileName === u.fileName);
              const choices = u.reason.kind === 'duplicate' ? [] : choicesFor(u.reason);
              const current = assignments[u.fileName];
              return (
                <tr key={u.fileName} className="unmatched" data-testid="photo-row-unmatched" data-file={u.fileName}>
                  <td>{u.fileName}</td>
                  <td className="muted">{meta ? exifText(meta, zh) : ''}</td>
                  <td>
                    <div className="field-error-text" data-testid="photo-unmatched-reason">{zh ? u.message.zh : u.message.en}</div>
                    {choices.length > 0 ? (
                      <select
                        data-testid="photo-assign"
                        value={current ? choiceKey(current) : ''}
                        onChange={(e) => {
                          const choice = choices.find((c) => choiceKey(c.value) === e.target.value);
                          setAssignments((a) => {
                            const next = { ...a };
                            if (choice) next[u.fileName] = choice.value;
                            else delete next[u.fileName];
                            return next;
                          });
                        }}
                      >
                        <option value="">{t('field.photoImport.leaveOut')}</option>
                        {choices.map((c) => (
                          <option key={choiceKey(c.value)} value={choiceKey(c.value)}>{c.label}</option>
                        ))}
                      </select>
                    ) : u.reason.kind !== 'duplicate' ? (
                      <div className="muted">{t('field.photoImport.selectHint')}</div>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="buttons">
          <button type="button" data-testid="photo-import-cancel" onClick={closeFieldDialog}>
            {t('dialogs.cancel')}
          </button>
          <button type="button" className="primary" data-testid="photo-import-confirm" disabled={count === 0 || busy} onClick={() => void confirm()}>
            {t('field.photoImport.confirm', { count })}
          </button>
        </div>
      </div>
    </div>
  );
}

function exifText(meta: { longitude: number | null; latitude: number | null; takenAt: string | null; azimuthDeg: number | null }, zh: boolean): string {
  const parts: string[] = [];
  if (meta.takenAt) parts.push(new Date(meta.takenAt).toLocaleString(zh ? 'zh-CN' : 'en'));
  if (meta.longitude !== null && meta.latitude !== null) parts.push(`${meta.longitude.toFixed(5)}, ${meta.latitude.toFixed(5)}`);
  if (meta.azimuthDeg !== null) parts.push(`${Math.round(meta.azimuthDeg)}°`);
  return parts.join(' · ') || '—';
}

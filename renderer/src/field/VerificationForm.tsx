// The verification form of one target: the domain checklist of its kind (house: demolished, rubble cleared, before
// and after photos, agreement; parcel: levelled, tillage ≥ 30 cm, terraces on slopes over 15°, roads and ditches,
// land class achieved, crop), the finding (合格/不合格/存疑) with the one the answers suggest, inspectors, remarks,
// measured area (walk the boundary with GNSS or draw it) and the position. Saved as one undoable step; Ctrl+Enter saves.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import type { Polygon, Position } from 'geojson';
import { RpcError } from '../rpc/rpc-error';
import { enumValues } from '../../../shared/domain/enums';
import { enumLabel } from '../../../shared/domain/labels';
import { ellipsoidalArea } from '../../../shared/geo/area/ellipsoidal-area';
import { validateGeometry } from '../../../shared/geo/validate/index';
import { formatMu, formatSquareMetres, squareMetresToMu } from '../../../shared/geo/units';
import type { VerificationInput } from '../../../shared/ipc/field-protocol';
import type { FieldTarget } from './field-targets';
import { bumpRevision, useFieldStore } from './field-store';
import { drawPolygonOnMap } from './field-map-tools';
import { checklistFailures, checklistToStore, suggestedFinding, visibleItems, type ChecklistAnswers, type Finding } from './verification-checklist';
import { todaysVerification } from './field-dates';
import { FieldPhotos } from './FieldPhotos';
import { useApp } from '../app/app-context';

const FINDINGS: readonly Finding[] = ['pass', 'fail', 'doubtful'];
const INSPECTORS_KEY = 'landlink.field.inspectors';

function parseChecklist(value: unknown): ChecklistAnswers {
  if (typeof value !== 'string' || !value) return {};
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object' ? (parsed as ChecklistAnswers) : {};
  } catch {
    return {};
  }
}

/** The walked points as a closed polygon, or null with fewer than three distinct corners. */
export function walkPolygon(points: readonly Position[]): Polygon | null {
  if (points.length < 3) return null;
  return { type: 'Polygon', coordinates: [[...points, points[0]!]] };
}

export function VerificationForm({ target, verificationRows }: { target: FieldTarget; verificationRows: readonly Record<string, unknown>[] }): React.JSX.Element {
  const app = useApp();
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const existing = useMemo(() => todaysVerification(verificationRows, target.table, target.code), [verificationRows, target.table, target.code]);
  const [answers, setAnswers] = useState<Record<string, string>>(() => Object.fromEntries(Object.entries(parseChecklist(existing?.checklist)).map(([k, v]) => [k, String(v)])));
  const [landClass, setLandClass] = useState<string>(typeof existing?.land_class === 'string' ? existing.land_class : '');
  const [finding, setFinding] = useState<Finding | null>(typeof existing?.finding === 'string' ? (existing.finding as Finding) : null);
  const [inspectors, setInspectors] = useState<string>(typeof existing?.inspectors === 'string' ? existing.inspectors : (globalThis.localStorage?.getItem(INSPECTORS_KEY) ?? ''));
  const [remarks, setRemarks] = useState<string>(typeof existing?.remarks === 'string' ? existing.remarks : '');
  const [areaM2, setAreaM2] = useState<number | null>(typeof existing?.measured_area_m2 === 'number' ? existing.measured_area_m2 : null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { position, walk } = useFieldStore();

  const kind = target.kind;
  const items = visibleItems(kind, answers);
  const failures = checklistFailures(kind, answers, landClass || null);
  const suggestion = suggestedFinding(kind, answers, landClass || null);
  const set = (key: string, value: string): void => setAnswers((a) => ({ ...a, [key]: value }));

  const startWalk = (): void => {
    const here: Position[] = position ? [[position.lon, position.lat]] : [];
    useFieldStore.setState({ walk: { recording: true, points: here } });
  };
  const stopWalk = (): void => {
    const points = useFieldStore.getState().walk?.points ?? [];
    useFieldStore.setState({ walk: { recording: false, points } });
    const polygon = walkPolygon(points);
    const problem = polygon ? validateGeometry(polygon).find((p) => p.severity === 'error') : null;
    if (!polygon || problem) {
      setError(t('field.form.walkTooShort', { count: points.length, reason: problem ? (lang === 'zh' ? problem.messageZh : problem.message) : '' }));
      return;
    }
    setError(null);
    setAreaM2(ellipsoidalArea(polygon));
  };
  const drawArea = async (): Promise<void> => {
    const polygon = await drawPolygonOnMap((reason) => setError(t('field.targets.areaRefused', { reason })));
    if (polygon) {
      setError(null);
      setAreaM2(ellipsoidalArea(polygon));
    }
  };

  const save = async (): Promise<void> => {
    if (!finding) {
      setError(t('field.form.chooseFinding'));
      return;
    }
    if (finding === 'pass' && failures.length > 0) {
      const choice = await app.ui.ask(t('field.form.passDespiteTitle'), t('field.form.passDespiteBody', { list: failures.map((f) => t(`field.issues.${f.messageKey}`, f.values)).join('；') }), [
        { id: 'save', label: t('field.form.saveAnyway') },
        { id: 'cancel', label: t('dialogs.cancel'), primary: true },
      ]);
      if (choice !== 'save') return;
    }
    const verification: VerificationInput = {
      entity_table: target.table,
      entity_code: target.code,
      verified_at: new Date().toISOString(),
      inspectors: inspectors.trim() || null,
      longitude: position?.lon ?? null,
      latitude: position?.lat ?? null,
      accuracy_m: position?.accuracyM ?? null,
      finding,
      measured_area_m2: areaM2,
      land_class: kind === 'parcel' && landClass ? landClass : null,
      checklist: { ...checklistToStore(kind, answers), ...(position ? { position_source: position.source } : {}) },
      remarks: remarks.trim() || null,
    };
    setSaving(true);
    try {
      const code = typeof existing?.code === 'string' ? existing.code : undefined;
      const { saved, view } = await app.project.call('verification.save', { verification, ...(code ? { code } : {}) });
      app.document.showChangedView(view);
      globalThis.localStorage?.setItem(INSPECTORS_KEY, inspectors.trim());
      bumpRevision();
      setError(null);
      app.ui.toast(i18next.t(saved.updated ? 'field.form.updated' : 'field.form.saved', { code: saved.code, target: target.code }));
    } catch (e) {
      setError(e instanceof RpcError ? (lang === 'zh' ? e.failure.messageZh : e.failure.message) : e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  const yesNo = (key: string): React.JSX.Element => (
    <div className="field-toggle" role="radiogroup">
      {(['yes', 'no'] as const).map((value) => (
        <button key={value} type="button" role="radio" aria-checked={answers[key] === value} data-testid={`field-${key}-${value}`} onClick={() => set(key, answers[key] === value ? '' : value)}>
          {t(`field.form.${value}`)}
        </button>
      ))}
    </div>
  );

  return (
    <section
      className="field-section field-form"
      data-testid="field-form"
      aria-label={t('field.form.title', { code: target.code })}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void save();
        }
      }}
    >
      <h3>
        {t('field.form.title', { code: target.code })}
        {existing ? <span className="field-count">{t('field.form.editing', { code: String(existing.code) })}</span> : null}
      </h3>
      <div className="field-checklist">
        {items.map((item) => (
          <label key={item.key} className="field-item">
            <span>{t(`field.checklist.${item.labelKey}`)}{item.unit ? ` (${item.unit})` : ''}</span>
            {item.type === 'yes-no' ? (
              yesNo(item.key)
            ) : (
              <input
                type={item.type === 'number' ? 'number' : item.type === 'date' ? 'date' : 'text'}
                inputMode={item.type === 'number' ? 'decimal' : undefined}
                value={answers[item.key] ?? ''}
                data-testid={`field-${item.key}`}
                onChange={(e) => set(item.key, e.target.value)}
              />
            )}
          </label>
        ))}
        {kind === 'parcel' ? (
          <label className="field-item">
            <span>{t('field.checklist.landClass')}</span>
            <select value={landClass} data-testid="field-land-class" onChange={(e) => setLandClass(e.target.value)}>
              <option value="">—</option>
              {enumValues('land_class').map((code) => (
                <option key={code} value={code}>{`${code} ${enumLabel('land_class', code, lang)}`}</option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {failures.length > 0 ? (
        <ul className="field-issues" data-testid="field-issues">
          {failures.map((f) => (
            <li key={f.key}>{t(`field.issues.${f.messageKey}`, f.values)}</li>
          ))}
        </ul>
      ) : null}

      <div className="field-item">
        <span>
          {t('field.form.finding')} <small data-testid="field-suggestion">{t('field.form.suggested', { finding: t(`field.findings.${suggestion}`) })}</small>
        </span>
        <div className="field-toggle findings" role="radiogroup">
          {FINDINGS.map((value) => (
            <button key={value} type="button" role="radio" className={`finding-${value}`} aria-checked={finding === value} data-testid={`field-finding-${value}`} onClick={() => setFinding(value)}>
              {t(`field.findings.${value}`)}
            </button>
          ))}
        </div>
      </div>

      <div className="field-item">
        <span>{t('field.form.area')}</span>
        <div className="field-buttons">
          {walk?.recording ? (
            <button type="button" className="recording" data-testid="field-walk-stop" onClick={stopWalk}>
              {t('field.form.walkStop', { count: walk.points.length })}
            </button>
          ) : (
            <button type="button" data-testid="field-walk-start" disabled={!position} title={position ? '' : t('field.next.noPosition')} onClick={startWalk}>
              {t('field.form.walkStart')}
            </button>
          )}
          <button type="button" data-testid="field-area-draw" onClick={() => void drawArea()}>
            {t('field.form.drawArea')}
          </button>
        </div>
        <output data-testid="field-area">{areaM2 === null ? '—' : `${formatSquareMetres(areaM2)} m² · ${formatMu(squareMetresToMu(areaM2))} ${t('field.form.mu')}`}</output>
      </div>

      <label className="field-item">
        <span>{t('field.form.inspectors')}</span>
        <input type="text" value={inspectors} data-testid="field-inspectors" placeholder={t('field.form.inspectorsHint')} onChange={(e) => setInspectors(e.target.value)} />
      </label>
      <label className="field-item">
        <span>{t('field.form.remarks')}</span>
        <textarea rows={2} value={remarks} data-testid="field-remarks" onChange={(e) => setRemarks(e.target.value)} />
      </label>
      <p className="field-hint" data-testid="field-form-position">
        {position ? t('field.form.positionFrom', { source: t(`field.position.sources.${position.source}`), accuracy: position.accuracyM === null ? '—' : `±${position.accuracyM.toFixed(1)} m` }) : t('field.form.noPosition')}
      </p>

      <FieldPhotos target={target} verificationCode={typeof existing?.code === 'string' ? existing.code : null} />

      {error ? (
        <p className="field-error" role="alert" data-testid="field-form-error">
          {error}
        </p>
      ) : null}
      <button type="button" className="primary field-save" data-testid="field-save" disabled={saving} onClick={() => void save()}>
        {existing ? t('field.form.update') : t('field.form.save')} <kbd>Ctrl+Enter</kbd>
      </button>
    </section>
  );
}

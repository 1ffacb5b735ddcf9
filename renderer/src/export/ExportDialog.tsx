// The export dialog: layers (one, or several for a GeoPackage), format, coordinate system (EPSG:4490 by default, or a
// CGCS2000 Gauss-Krüger zone), shapefile encoding (UTF-8 with .cpg by default, GBK on request), and whether household
// names and ID numbers go out in clear (off by default). The ministry's coordinate TXT takes a CGCS2000 3° zone
// (by default the zone the data lies in, prefixed eastings) and GBK unless UTF-8 is chosen. The project worker
// writes the bytes; the Host saves them;
// warnings and masking counts are shown after. Enter exports, Escape closes.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Host } from '../../../shared/host/host';
import type { ExportFormat } from '../../../shared/formats/export/export-layer';
import { columnLabel } from '../../../shared/domain/labels';
import type { WorkerOperations } from '../worker/project-protocol';
import { useAppStore } from '../state/app-store';
import { crsGroups, crsOptionLabel } from '../import/crs-options';
import { useBilingual } from '../import/bilingual';
import { EXPORT_FORMATS, exportFileName, exportFilter } from './export-file-name';
import { EXPORT_TABLES, tablesForFormat } from './export-tables';
import { WizardProgress } from '../import/WizardProgress';

type ExportArgs = WorkerOperations['project.exportLayers']['args'];
type ExportReply = WorkerOperations['project.exportLayers']['result'];

/** What the dialog needs from the app: the worker's export and the Host to save with. */
export interface ExportRunner {
  readonly host: Host;
  exportLayers(args: ExportArgs, progress?: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal }): Promise<ExportReply>;
}

interface Props {
  readonly runner: ExportRunner;
  readonly onClose: () => void;
}

interface Outcome {
  readonly name: string;
  readonly reply: ExportReply;
}

function failureText(error: unknown): { en: string; zh: string } {
  const failure = (error as { failure?: { message?: string; messageZh?: string } })?.failure;
  if (failure?.message) return { en: failure.message, zh: failure.messageZh ?? failure.message };
  const message = error instanceof Error ? error.message : String(error);
  return { en: message, zh: message };
}

export function ExportDialog({ runner, onClose }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const pick = useBilingual();
  const english = i18n.language === 'en';
  const project = useAppStore((s) => s.project);
  const counts = project?.view.summary.counts ?? {};
  const [tables, setTables] = useState<string[]>(['reclaim_parcels']);
  const [format, setFormat] = useState<ExportFormat>('shapefile');
  const [crsCode, setCrsCode] = useState(4490);
  const [encoding, setEncoding] = useState<'utf-8' | 'gbk'>('utf-8');
  const [includePersonal, setIncludePersonal] = useState(false);
  const [working, setWorking] = useState(false);
  // Features prepared so far, and the way to stop (nothing is written until the worker has the whole file).
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const [error, setError] = useState<{ en: string; zh: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const groups = useMemo(() => crsGroups((crs) => crs.datum === 'CGCS2000'), []);
  const txtZones = useMemo(() => crsGroups((crs) => crs.datum === 'CGCS2000' && crs.gaussKruger?.zoneWidth === 3), []);
  // 0 = the zone the data lies in (the writer picks it from the plots' centre).
  const [txtCrsCode, setTxtCrsCode] = useState(0);
  const [txtEncoding, setTxtEncoding] = useState<'utf-8' | 'gbk'>('gbk');
  const txt = format === 'coordinate-txt';
  const several = format === 'geopackage';
  const chosen = tablesForFormat(tables, format);

  const toggleTable = (table: string, on: boolean): void => {
    if (!several) return setTables([table]);
    setTables((current) => (on ? [...current.filter((t) => t !== table), table] : current.filter((t) => t !== table)));
  };

  const run = async (): Promise<void> => {
    if (working || chosen.length === 0 || !project) return;
    setWorking(true);
    setError(null);
    setProgress(null);
    const controller = new AbortController();
    abort.current = controller;
    try {
      const reply = await runner.exportLayers(
        {
          tables: chosen,
          format,
          ...(format === 'kml' ? {} : txt ? (txtCrsCode ? { crsCode: txtCrsCode } : {}) : { crsCode }),
          ...(format === 'shapefile' ? { encoding } : txt ? { encoding: txtEncoding } : {}),
          includePersonal,
        },
        { onProgress: (done, total) => setProgress({ done, total }), signal: controller.signal },
      );
      const name = exportFileName(project.fileName, chosen.map((table) => t(`layers.${table}`)), format);
      const saved = await runner.host.writeExport(name, exportFilter(format), reply.bytes);
      if (saved) setOutcome({ name: saved.name, reply });
    } catch (failure) {
      setError(failureText(failure));
    } finally {
      setWorking(false);
      setProgress(null);
    }
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && working) {
        event.preventDefault();
        abort.current?.abort();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      } else if (event.key === 'Enter' && !event.isComposing && !working) {
        const target = event.target as HTMLElement | null;
        if (target?.tagName === 'BUTTON' || target?.tagName === 'SELECT') return;
        event.preventDefault();
        if (outcome) onClose();
        else void run();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (outcome) {
    const masked = Object.entries(outcome.reply.masked).filter(([, n]) => n > 0);
    return (
      <div className="overlay">
        <div className="dialog export-dialog" role="dialog" aria-label={t('export.resultTitle')} data-testid="export-result">
          <h2>{t('export.resultTitle')}</h2>
          <p data-testid="export-saved">{t('export.done', { name: outcome.name })}</p>
          <p data-testid="export-masked">
            {masked.length > 0 ? t('export.masked', { details: masked.map(([column, n]) => `${columnLabel(chosen[0] ?? '', column, english ? 'en' : 'zh')} ${n}`).join('，') }) : t('export.noneMasked')}
          </p>
          {outcome.reply.warnings.map((w, i) => (
            <p key={i} className="import-warning" data-testid="export-warning">{pick(w)}</p>
          ))}
          <div className="buttons">
            <button type="button" className="primary" data-testid="export-close" autoFocus onClick={onClose}>{t('export.close')}</button>
          </div>
        </div>
      </div>
    );
  }

  return (
    <div className="overlay">
      <div className="dialog export-dialog" role="dialog" aria-label={t('export.title')} data-testid="export-dialog">
        <h2>{t('export.title')}</h2>
        <fieldset>
          <legend>{t('export.format')}</legend>
          <select data-testid="export-format" value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f} value={f}>{t(`export.formats.${f}`)}</option>
            ))}
          </select>
        </fieldset>
        <fieldset>
          <legend>{t('export.layers')}</legend>
          <div className="export-layers">
            {EXPORT_TABLES.map((table) => (
              <label key={table}>
                <input type={several ? 'checkbox' : 'radio'} name="export-layer" data-testid={`export-layer-${table}`} checked={chosen.includes(table)} onChange={(e) => toggleTable(table, e.target.checked)} />
                {t(`layers.${table}`)} <span className="muted">{t('export.features', { count: counts[table] ?? 0 })}</span>
              </label>
            ))}
          </div>
          {several ? (
            <button type="button" data-testid="export-all-layers" onClick={() => setTables([...EXPORT_TABLES])}>{t('export.allLayers')}</button>
          ) : (
            <p className="muted">{t('export.layersHint')}</p>
          )}
        </fieldset>
        <fieldset>
          <legend>{t('export.crs')}</legend>
          {format === 'kml' ? (
            <p className="muted">{t('export.crsKmlNote')}</p>
          ) : txt ? (
            <>
              <select data-testid="export-txt-zone" aria-label={t('export.txtZone')} value={txtCrsCode} onChange={(e) => setTxtCrsCode(Number(e.target.value))}>
                <option value={0}>{t('export.txtZoneAuto')}</option>
                {txtZones.map((group) => (
                  <optgroup key={group.key} label={english ? group.label.en : group.label.zh}>
                    {group.systems.map((crs) => (
                      <option key={crs.code} value={crs.code}>{crsOptionLabel(crs)}</option>
                    ))}
                  </optgroup>
                ))}
              </select>
              <p className="muted" data-testid="export-txt-note">{t('export.txtNote')}</p>
            </>
          ) : (
            <select data-testid="export-crs" value={crsCode} onChange={(e) => setCrsCode(Number(e.target.value))}>
              {groups.map((group) => (
                <optgroup key={group.key} label={english ? group.label.en : group.label.zh}>
                  {group.systems.map((crs) => (
                    <option key={crs.code} value={crs.code}>{crsOptionLabel(crs)}</option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </fieldset>
        {format === 'shapefile' && (
          <fieldset>
            <legend>{t('export.encoding')}</legend>
            <label><input type="radio" name="export-encoding" data-testid="export-encoding-utf-8" checked={encoding === 'utf-8'} onChange={() => setEncoding('utf-8')} /> {t('export.encodingUtf8')}</label>
            <label><input type="radio" name="export-encoding" data-testid="export-encoding-gbk" checked={encoding === 'gbk'} onChange={() => setEncoding('gbk')} /> {t('export.encodingGbk')}</label>
          </fieldset>
        )}
        {txt && (
          <fieldset>
            <legend>{t('export.encoding')}</legend>
            <label><input type="radio" name="export-txt-encoding" data-testid="export-txt-encoding-gbk" checked={txtEncoding === 'gbk'} onChange={() => setTxtEncoding('gbk')} /> {t('export.encodingTxtGbk')}</label>
            <label><input type="radio" name="export-txt-encoding" data-testid="export-txt-encoding-utf-8" checked={txtEncoding === 'utf-8'} onChange={() => setTxtEncoding('utf-8')} /> {t('export.encodingTxtUtf8')}</label>
          </fieldset>
        )}
        <label className="export-personal">
          <input type="checkbox" data-testid="export-personal" checked={includePersonal} onChange={(e) => setIncludePersonal(e.target.checked)} />
          {t('export.personal')}
        </label>
        {includePersonal && <p className="import-warning" data-testid="export-personal-warning">{t('export.personalWarning')}</p>}
        {error && <p className="import-error" data-testid="export-error">{pick(error)}</p>}
        {working && progress && <WizardProgress done={progress.done} total={progress.total} label={t('export.working')} />}
        <div className="buttons">
          {/* While the worker prepares the file, Cancel stops it; nothing is written. */}
          <button type="button" data-testid="export-cancel" onClick={() => (working ? abort.current?.abort() : onClose())}>{t('export.cancel')}</button>
          <button type="button" className="primary" data-testid="export-submit" disabled={working || chosen.length === 0} onClick={() => void run()}>
            {working ? t('export.working') : t('export.submit')}
          </button>
        </div>
      </div>
    </div>
  );
}

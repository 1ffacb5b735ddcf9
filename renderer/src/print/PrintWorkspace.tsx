// The print layout view (Ctrl+P): controls on the left (template, paper, resolution, extent or atlas, scale, texts,
// outputs), the pages on the right at reduced size. Every change redraws the preview maps at screen resolution;
// exports redraw at the chosen DPI with progress and cancel.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/app-store';
import { layoutIdOf, paperOfLayout, PRINT_DPIS } from '../../../shared/print/paper';
import { TEMPLATE_IDS, TEMPLATES, type TemplateId } from '../../../shared/print/templates';
import { ATLAS_KINDS, type AtlasKind } from '../../../shared/print/atlas-pages';
import { formatScale, parseScale } from '../../../shared/print/print-scale';
import { usePrintStore, updatePrintSettings } from './print-store';
import { PREVIEW_MAP_PAGES, cancelPrintRender, closePrintView, currentPrintJob, exportPdf, exportPng, refreshPreview, saveLayoutInProject, settingsChanged } from './print-controller';
import { PrintPage } from './PrintPage';
import { pageTexts, printDate } from './page-texts';
import { adminLayer } from './print-sources';
import { applyPageSize } from './page-size-style';
import './print.css';
import { useApp } from '../app/app-context';

export function PrintWorkspace(): React.JSX.Element | null {
  const open = usePrintStore((s) => s.open);
  return open ? <PrintPanel /> : null;
}

const PREVIEW_WIDTH_PX = 640;

function PrintPanel(): React.JSX.Element {
  const app = useApp();
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh';
  const settings = usePrintStore((s) => s.settings);
  const data = usePrintStore((s) => s.data);
  const extent = usePrintStore((s) => s.extent);
  const images = usePrintStore((s) => s.images);
  const progress = usePrintStore((s) => s.progress);
  const error = usePrintStore((s) => s.error);
  const savedSettings = usePrintStore((s) => s.savedSettings);
  const previewReady = usePrintStore((s) => s.previewReady);
  const project = useAppStore((s) => s.project);
  const selection = useAppStore((s) => s.selection);
  const panel = useRef<HTMLElement>(null);
  const [scaleText, setScaleText] = useState(settings.scale ? formatScale(settings.scale) : '');
  useEffect(() => {
    panel.current?.focus();
    // Escape closes the view wherever focus is (a button that became disabled leaves focus on the page body).
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && !event.defaultPrevented) closePrintView();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // The job is recomputed from the settings, the data, the extent and the project's view.
  const job = useMemo(() => currentPrintJob(), [settings, data, extent, project?.view, selection, language]);
  useEffect(() => {
    if (job) applyPageSize(job.layout.paper);
    usePrintStore.setState({ previewReady: false });
    // Maps redraw after the user stops typing for a moment.
    const timer = setTimeout(() => void refreshPreview(), 250);
    return () => clearTimeout(timer);
  }, [settings.template, settings.layout, settings.scale, settings.atlas, extent, project?.view, selection]);
  useEffect(() => () => cancelPrintRender(), []);
  // An edit or undo while the view is open changes the tables and places: read them again.
  const firstView = useRef(project?.view);
  useEffect(() => {
    if (!project || project.view === firstView.current) return;
    void app.project.printData().then(({ data: fresh }) => usePrintStore.setState({ data: fresh }), () => undefined);
  }, [app, project?.view]);

  const paper = paperOfLayout(settings.layout);
  const texts = pageTexts();
  const previewScale = PREVIEW_WIDTH_PX / (paper.widthMm * (96 / 25.4));
  const busy = progress !== null && progress.purpose !== 'preview';
  const scaleValid = scaleText.trim() === '' || parseScale(scaleText) !== null;
  const dirtySettings = useMemo(() => settingsChanged(), [settings, savedSettings]);

  return (
    <section
      ref={panel}
      tabIndex={-1}
      className="print-workspace"
      data-testid="print-workspace"
      data-preview-ready={previewReady}
      aria-label={t('print.title')}
    >
      <form className="print-controls" onSubmit={(event) => event.preventDefault()}>
        <h2>
          {t('print.title')}
          <button type="button" aria-label={t('print.close')} title={t('print.close')} data-testid="print-close" onClick={closePrintView}>×</button>
        </h2>
        <label>
          {t('print.template')}
          <select data-testid="print-template" value={settings.template} onChange={(e) => updatePrintSettings({ template: e.target.value as TemplateId })}>
            {TEMPLATE_IDS.map((id) => <option key={id} value={id}>{TEMPLATES[id].label[language]}</option>)}
          </select>
        </label>
        <div className="print-row">
          <label>
            {t('print.paper')}
            <select data-testid="print-paper" value={paper.paper} onChange={(e) => updatePrintSettings({ layout: layoutIdOf(e.target.value as 'A4' | 'A3', paper.orientation) })}>
              <option value="A4">A4</option>
              <option value="A3">A3</option>
            </select>
          </label>
          <label>
            {t('print.orientation')}
            <select data-testid="print-orientation" value={paper.orientation} onChange={(e) => updatePrintSettings({ layout: layoutIdOf(paper.paper, e.target.value as 'portrait' | 'landscape') })}>
              <option value="landscape">{t('print.landscape')}</option>
              <option value="portrait">{t('print.portrait')}</option>
            </select>
          </label>
        </div>
        <label>
          {t('print.atlas')}
          <select data-testid="print-atlas" value={settings.atlas ?? ''} onChange={(e) => updatePrintSettings({ atlas: (e.target.value || null) as AtlasKind | null })}>
            <option value="">{t('print.atlasNone')}</option>
            {ATLAS_KINDS.map((kind) => <option key={kind} value={kind}>{t(`print.atlas${kind[0]!.toUpperCase()}${kind.slice(1)}`)}</option>)}
          </select>
        </label>
        {!settings.atlas ? (
          <label>
            {t('print.extent')}
            <select data-testid="print-extent" value={extent} onChange={(e) => usePrintStore.setState({ extent: e.target.value })}>
              <option value="county">{t('print.extentCounty')}</option>
              <option value="view">{t('print.extentView')}</option>
              {selection ? <option value="selection">{t('print.extentSelection')}</option> : null}
              {data?.townships.map((tw) => <option key={tw.code} value={`township:${tw.name}`}>{t('print.extentTownship', { name: tw.name })}</option>)}
              {data?.projects.map((p) => <option key={p.code} value={`project:${p.code}`}>{t('print.extentProject', { name: p.code })}</option>)}
            </select>
          </label>
        ) : null}
        <label>
          {t('print.scale')}
          <input
            data-testid="print-scale"
            value={scaleText}
            placeholder={t('print.scalePlaceholder')}
            aria-invalid={!scaleValid}
            onChange={(e) => setScaleText(e.target.value)}
            onBlur={() => {
              const parsed = scaleText.trim() === '' ? null : parseScale(scaleText);
              if (scaleText.trim() === '' || parsed !== null) updatePrintSettings({ scale: parsed });
              if (parsed) setScaleText(formatScale(parsed));
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
            }}
          />
        </label>
        {!scaleValid ? <span className="print-error">{t('print.scaleInvalid')}</span> : null}
        <label>
          {t('print.pageTitle')}
          <input data-testid="print-title-input" value={settings.title} placeholder={job?.pages[0]?.title ?? ''} onChange={(e) => updatePrintSettings({ title: e.target.value })} />
        </label>
        <label>
          {t('print.subtitle')}
          <input data-testid="print-subtitle-input" value={settings.subtitle} onChange={(e) => updatePrintSettings({ subtitle: e.target.value })} />
        </label>
        <label>
          {t('print.unit')}
          <input value={settings.producingUnit} onChange={(e) => updatePrintSettings({ producingUnit: e.target.value })} />
        </label>
        <label>
          {t('print.source')}
          <input value={settings.dataSource} onChange={(e) => updatePrintSettings({ dataSource: e.target.value })} />
        </label>
        <div className="print-row">
          <label>
            {t('print.dpi')}
            <select data-testid="print-dpi" value={settings.dpi} onChange={(e) => updatePrintSettings({ dpi: Number(e.target.value) })}>
              {[...new Set([...PRINT_DPIS, settings.dpi])].map((dpi) => <option key={dpi} value={dpi}>{t('print.dpiValue', { dpi })}</option>)}
            </select>
          </label>
          <label>
            {t('print.encoding')}
            <select value={settings.imageEncoding} onChange={(e) => updatePrintSettings({ imageEncoding: e.target.value === 'png' ? 'png' : 'jpeg' })}>
              <option value="jpeg">{t('print.jpeg')}</option>
              <option value="png">{t('print.png')}</option>
            </select>
          </label>
        </div>
        <div className="print-buttons">
          <button type="button" className="primary" data-testid="print-pdf" disabled={busy || !job?.pages.length} onClick={() => void exportPdf(app)}>{t('print.pdf')}</button>
          <button type="button" data-testid="print-png" disabled={busy || !job?.pages.length} onClick={() => void exportPng(app)}>{t('print.png')}</button>
          <button type="button" data-testid="print-save-layout" disabled={!dirtySettings} onClick={() => void saveLayoutInProject(app)}>{t('print.save')}</button>
        </div>
        <div className="print-progress" data-testid="print-progress" aria-live="polite">
          {job ? t('print.pages', { count: job.pages.length }) : null}
          {job && job.pages.length > PREVIEW_MAP_PAGES ? <div>{t('print.previewLimited', { count: PREVIEW_MAP_PAGES })}</div> : null}
          {progress ? (
            <>
              <div>{t('print.progress', { done: progress.done, total: progress.total })}</div>
              <progress max={progress.total} value={progress.done} />
              {progress.purpose !== 'preview' ? <button type="button" data-testid="print-cancel" onClick={cancelPrintRender}>{t('print.cancel')}</button> : null}
            </>
          ) : null}
        </div>
        {error ? <p className="print-error" role="alert">{error}</p> : null}
        {job && job.pages.length === 0 ? <p className="print-error">{t('print.noPages')}</p> : null}
      </form>
      <div className="print-preview" data-testid="print-preview">
        {job && project && data
          ? job.pages.map((page) => (
              <div key={page.key} className="print-sheet" style={{ width: `${paper.widthMm * (96 / 25.4) * previewScale}px`, height: `${paper.heightMm * (96 / 25.4) * previewScale}px` }}>
                <div style={{ transform: `scale(${previewScale})`, transformOrigin: 'top left' }} className="print-scaler">
                  <PrintPage
                    layout={job.layout}
                    page={page}
                    imageUrl={images[page.key] ?? null}
                    admin={adminLayer(project.view)}
                    countyBbox={data.countyBbox}
                    producingUnit={settings.producingUnit}
                    dataSource={settings.dataSource}
                    date={printDate(language)}
                    texts={texts}
                  />
                </div>
              </div>
            ))
          : null}
      </div>
    </section>
  );
}


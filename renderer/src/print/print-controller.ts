// The print view's commands: open (read the project's print data and saved layout), keep a low-resolution preview
// of every page, export PDF (pages rendered at the chosen DPI, then the host's printToPdf) and PNG, save the
// layout in the project, cancel a running render.
import i18next from 'i18next';
import type { AppServices } from '../app/app-services';
import { useAppStore } from '../state/app-store';
import { currentLanguage } from '../i18n/i18n';
import { printJob, type PrintJob } from '../../../shared/print/print-pages';
import { TEMPLATES } from '../../../shared/print/templates';
import { paperOfLayout } from '../../../shared/print/paper';
import { serialisePrintSettings } from '../../../shared/print/print-settings';
import { uiCommands } from '../app/ui-commands';
import { usePrintStore } from './print-store';
import { singleExtent } from './print-extent';
import { printSources } from './print-sources';
import { imagesDecoded, renderPageImages } from './print-images';
import { PrintCancelled } from './render-map-image';
import { applyPageSize } from './page-size-style';
import { exportPagesAsPng } from './export-png';

/** Preview images are drawn at screen resolution: enough for the scaled-down sheets, quick under SwiftShader. */
const PREVIEW_DPI = 72;
/** A village atlas has hundreds of pages: the preview draws the maps of the first ones; exports draw them all. */
export const PREVIEW_MAP_PAGES = 12;

let running: AbortController | null = null;

export async function openPrintView(app: AppServices): Promise<void> {
  const { data, settings } = await app.project.printData();
  usePrintStore.setState({ open: true, data, settings, savedSettings: settings, error: null, extent: useAppStore.getState().selection ? 'selection' : 'county' });
}

export function closePrintView(): void {
  cancelPrintRender();
  usePrintStore.setState({ open: false, progress: null });
}

export function cancelPrintRender(): void {
  running?.abort();
  running = null;
}

/** The job the view shows now, or null while data is missing. */
export function currentPrintJob(): PrintJob | null {
  const { data, settings, extent } = usePrintStore.getState();
  const project = useAppStore.getState().project;
  if (!data || !project) return null;
  const single = settings.atlas ? null : singleExtent(extent, data, project.view, useAppStore.getState().selection, settings.scale);
  return printJob(settings, data, single, currentLanguage() === 'en' ? 'en' : 'zh');
}

async function renderImages(job: PrintJob, dpi: number, purpose: 'preview' | 'pdf' | 'png'): Promise<boolean> {
  const project = useAppStore.getState().project;
  if (!project) return false;
  cancelPrintRender();
  const controller = new AbortController();
  running = controller;
  const { settings } = usePrintStore.getState();
  const template = TEMPLATES[settings.template];
  try {
    await renderPageImages({
      job,
      template,
      dpi,
      encoding: purpose === 'png' ? 'png' : settings.imageEncoding,
      sources: printSources(project.view, template.layers.includes('linkage_outlines')),
      sourcesVersion: project.view.layers,
      signal: controller.signal,
      onProgress: (done, total) => usePrintStore.setState({ progress: done < total ? { done, total, purpose } : null }),
      onImage: (index, image) => usePrintStore.setState((s) => ({ images: { ...s.images, [job.pages[index]!.key]: image.url } })),
    });
    return true;
  } catch (error) {
    usePrintStore.setState({ progress: null });
    if (error instanceof PrintCancelled) return false;
    usePrintStore.setState({ error: error instanceof Error ? error.message : String(error) });
    return false;
  } finally {
    if (running === controller) running = null;
  }
}

export async function refreshPreview(): Promise<void> {
  const job = currentPrintJob();
  if (!job) return;
  usePrintStore.setState({ images: {}, error: null, previewReady: false });
  const previewJob = job.pages.length > PREVIEW_MAP_PAGES ? { ...job, pages: job.pages.slice(0, PREVIEW_MAP_PAGES) } : job;
  if (await renderImages(previewJob, PREVIEW_DPI, 'preview')) usePrintStore.setState({ previewReady: true });
}

function suggestedName(extension: string): string {
  const project = useAppStore.getState().project;
  const base = (project?.fileName ?? 'landlink').replace(/\.gpkg$/i, '');
  const template = TEMPLATES[usePrintStore.getState().settings.template].label[currentLanguage() === 'en' ? 'en' : 'zh'];
  return `${base}-${template}.${extension}`;
}

export async function exportPdf(app: AppServices): Promise<void> {
  const job = currentPrintJob();
  if (!job || job.pages.length === 0) return;
  const { settings } = usePrintStore.getState();
  if (!(await renderImages(job, settings.dpi, 'pdf'))) return;
  applyPageSize(job.layout.paper);
  document.body.classList.add('printing-layout');
  try {
    const preview = document.querySelector('.print-preview');
    if (preview) await imagesDecoded(preview);
    const result = await app.host.printToPdf({ pageSize: job.layout.paper.paper, landscape: job.layout.paper.orientation === 'landscape', suggestedName: suggestedName('pdf') });
    if (result && app.host.kind === 'electron') uiCommands.toast(i18next.t('print.savedAs', { name: result.name }));
  } finally {
    document.body.classList.remove('printing-layout');
  }
  // Back to light preview images: a 300 DPI atlas kept on screen would hold hundreds of MB of decoded pixels.
  await refreshPreview();
}

export async function exportPng(app: AppServices): Promise<void> {
  const job = currentPrintJob();
  if (!job || job.pages.length === 0) return;
  const { settings, data } = usePrintStore.getState();
  const project = useAppStore.getState().project;
  if (!data || !project) return;
  const controller = new AbortController();
  cancelPrintRender();
  running = controller;
  try {
    const bytes = await exportPagesAsPng({
      job,
      settings,
      data,
      view: project.view,
      language: currentLanguage() === 'en' ? 'en' : 'zh',
      signal: controller.signal,
      onProgress: (done, total) => usePrintStore.setState({ progress: done < total ? { done, total, purpose: 'png' } : null }),
    });
    const zip = job.pages.length > 1;
    await app.host.writeExport(suggestedName(zip ? 'zip' : 'png'), [zip ? { name: 'ZIP', extensions: ['zip'] } : { name: 'PNG', extensions: ['png'] }], bytes);
  } catch (error) {
    if (!(error instanceof PrintCancelled)) usePrintStore.setState({ error: error instanceof Error ? error.message : String(error) });
  } finally {
    usePrintStore.setState({ progress: null });
    if (running === controller) running = null;
  }
}

export async function saveLayoutInProject(app: AppServices): Promise<void> {
  const { settings } = usePrintStore.getState();
  await app.project.savePrintSettings(settings);
  usePrintStore.setState({ savedSettings: settings });
  uiCommands.toast(i18next.t('print.layoutSaved'));
}

export function settingsChanged(): boolean {
  const { settings, savedSettings } = usePrintStore.getState();
  return serialisePrintSettings(settings) !== serialisePrintSettings(savedSettings);
}

export { paperOfLayout };

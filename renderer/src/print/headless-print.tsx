// The headless print page behind `landlink print`: index.html?print=headless&layout=…&title=…&atlas=…&dpi=… on the
// CLI's loopback server. It opens the project served beside it (./__print/project.gpkg) in the project worker,
// builds the same pages as the print view, draws their maps at the asked DPI, and reports through
// window.__landlinkPrint when the pages are ready for page.pdf() or a screenshot.
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { startProjectWorker } from '../worker/worker-client';
import { printJob } from '../../../shared/print/print-pages';
import { normalisePrintSettings } from '../../../shared/print/print-settings';
import { TEMPLATES } from '../../../shared/print/templates';
import { PrintPage } from './PrintPage';
import { pageTexts, printDate } from './page-texts';
import { adminLayer, printSources } from './print-sources';
import { cachedImage, imagesDecoded, renderPageImages } from './print-images';
import { applyPageSize } from './page-size-style';
import './print.css';

export type HeadlessPrintStatus =
  | { readonly status: 'loading'; readonly done?: number; readonly total?: number }
  | { readonly status: 'ready'; readonly pages: number; readonly widthMm: number; readonly heightMm: number; readonly titles: readonly string[]; readonly phasesMs: Readonly<Record<string, number>> }
  | { readonly status: 'error'; readonly message: string; readonly badInput?: boolean };

/** The project has nothing the asked pages could show: the user's input, not a failure of printing. */
class NothingToPrint extends Error {}

declare global {
  interface Window {
    __landlinkPrint?: HeadlessPrintStatus;
  }
}

/** Settings from the URL over the ones saved in the project. */
function settingsFromParams(params: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['layout', 'title', 'subtitle', 'atlas', 'template', 'imageEncoding', 'producingUnit', 'dataSource']) {
    const value = params.get(key);
    if (value !== null) out[key] = value;
  }
  if (params.get('dpi')) out.dpi = Number(params.get('dpi'));
  if (params.get('scale')) out.scale = Number(params.get('scale'));
  return out;
}

export async function runHeadlessPrint(params: URLSearchParams): Promise<void> {
  document.body.classList.add('print-headless');
  window.__landlinkPrint = { status: 'loading' };
  // How long each phase took, for the benchmark: open the project, read print data, draw the maps, lay out.
  const phasesMs: Record<string, number> = {};
  let mark = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    phasesMs[name] = now - mark;
    mark = now;
  };
  try {
    const response = await fetch(params.get('project') ?? './__print/project.gpkg');
    if (!response.ok) throw new Error(`the project could not be read from the print server (HTTP ${response.status})`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const worker = startProjectWorker();
    const view = await worker.call('project.open', { bytes, name: params.get('name') ?? 'project.gpkg' });
    phase('open');
    const { data, settings: saved } = await worker.call('print.data', {});
    phase('data');
    const settings = normalisePrintSettings({ ...saved, ...settingsFromParams(params) });
    const language = 'zh';
    const job = printJob(settings, data, null, language);
    if (job.pages.length === 0) throw new NothingToPrint(settings.atlas ? `the project has no ${settings.atlas} with an extent for an atlas page; print without --atlas or add them first` : 'the project has no admin areas or features to print; import or draw some first');
    applyPageSize(job.layout.paper);
    const template = TEMPLATES[settings.template];
    const keys = await renderPageImages({
      job,
      template,
      dpi: settings.dpi,
      encoding: params.get('format') === 'png' ? 'png' : settings.imageEncoding,
      sources: printSources(view, template.layers.includes('linkage_outlines')),
      sourcesVersion: view.layers,
      ...(Number(params.get('tileSide')) > 0 ? { maxBufferSide: Number(params.get('tileSide')) } : {}),
      onProgress: (done, total) => {
        window.__landlinkPrint = { status: 'loading', done, total };
      },
    });
    phase('maps');
    const root = document.getElementById('root');
    if (!root) throw new Error('index.html has no #root element');
    const texts = pageTexts();
    flushSync(() =>
      createRoot(root).render(
        <>
          {job.pages.map((page, i) => (
            <PrintPage
              key={page.key}
              layout={job.layout}
              page={page}
              imageUrl={cachedImage(keys[i]!)?.url ?? null}
              admin={adminLayer(view)}
              countyBbox={data.countyBbox}
              producingUnit={settings.producingUnit}
              dataSource={settings.dataSource}
              date={printDate(language)}
              texts={texts}
            />
          ))}
        </>,
      ),
    );
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await imagesDecoded(document);
    phase('layout');
    window.__landlinkPrint = { status: 'ready', pages: job.pages.length, widthMm: job.layout.paper.widthMm, heightMm: job.layout.paper.heightMm, titles: job.pages.map((p) => p.title), phasesMs };
  } catch (error) {
    window.__landlinkPrint = { status: 'error', message: error instanceof Error ? error.message : String(error), badInput: error instanceof NothingToPrint };
  }
}

// `landlink print <project.gpkg> --out <file.pdf|file.png> [--layout A4-portrait|A4-landscape|A3-portrait|A3-landscape]
// [--title T] [--atlas townships|projects] [--dpi N]`: the print view's pages, rendered headless in Chromium from
// the built renderer. Template, texts and unsaved defaults come from the layout saved in the project; the options
// override them. A PNG atlas writes one file per page (name-01.png, name-02.png, …).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { atomicWriteFile } from '../../node/atomic-write-file';
import { chromiumPath } from '../../node/chromium-path';
import { HeadlessPrintError, printHeadless } from '../../node/headless-print';
import { readFileBytes } from '../../node/read-file-bytes';
import { ATLAS_KINDS, isAtlasKind } from '../../print/atlas-pages';
import { isLayoutId, LAYOUT_IDS, MAX_DPI, MIN_DPI, paperOfLayout } from '../../print/paper';
import { isTemplateId, TEMPLATE_IDS } from '../../print/templates';
import { CliError } from '../cli-error';
import type { CliCommand } from '../cli-command';
import { parseArguments, wholeNumberOption } from '../parse-arguments';
import { openProjectFile } from '../project-file';
import { parsePrintSettings, PRINT_META_KEY } from '../../print/print-settings';
import { readMeta } from '../../project/project-meta';

const usage = 'landlink print <project.gpkg> --out <file.pdf|file.png> [--layout A4-portrait|A4-landscape|A3-portrait|A3-landscape] [--title T] [--atlas townships|projects] [--dpi N] [--template demolition|reclamation|linkage]';

/** The built renderer: LANDLINK_RENDERER_DIR, or out/renderer of this checkout. */
export function rendererRoot(): string {
  return process.env.LANDLINK_RENDERER_DIR ? path.resolve(process.env.LANDLINK_RENDERER_DIR) : fileURLToPath(new URL('../../../out/renderer', import.meta.url));
}

const print: CliCommand = {
  name: 'print',
  summary: 'meeting maps as PDF or PNG (title, legend, scale bar, north arrow, summary table); --atlas gives one page per township or linkage project',
  usage,
  async run(argv) {
    const { positionals, values } = parseArguments(
      argv,
      { out: { type: 'string' }, layout: { type: 'string' }, title: { type: 'string' }, atlas: { type: 'string' }, dpi: { type: 'string' }, template: { type: 'string' } },
      usage,
      { min: 1, max: 1 },
    );
    const file = positionals[0]!;
    const out = typeof values.out === 'string' ? values.out : null;
    if (!out) throw new CliError(`--out is required (a .pdf or .png file); usage: ${usage}`);
    const extension = path.extname(out).toLowerCase();
    if (extension !== '.pdf' && extension !== '.png') throw new CliError(`--out must end in .pdf or .png, not “${path.basename(out)}”; usage: ${usage}`);
    const format = extension === '.pdf' ? 'pdf' : 'png';
    const layout = values.layout === undefined ? undefined : String(values.layout);
    if (layout !== undefined && !isLayoutId(layout)) throw new CliError(`--layout must be one of ${LAYOUT_IDS.join(', ')}, not “${layout}”`);
    const atlas = values.atlas === undefined ? undefined : String(values.atlas);
    if (atlas !== undefined && !isAtlasKind(atlas)) throw new CliError(`--atlas must be one of ${ATLAS_KINDS.join(', ')}, not “${atlas}”`);
    const template = values.template === undefined ? undefined : String(values.template);
    if (template !== undefined && !isTemplateId(template)) throw new CliError(`--template must be one of ${TEMPLATE_IDS.join(', ')}, not “${template}”`);
    const dpi = wholeNumberOption(values.dpi, '--dpi', usage);
    if (dpi !== undefined && (dpi < MIN_DPI || dpi > MAX_DPI)) throw new CliError(`--dpi must be between ${MIN_DPI} and ${MAX_DPI}, not ${dpi}`);
    const outDir = path.dirname(path.resolve(out));
    if (!existsSync(outDir)) throw new CliError(`the folder of --out does not exist (${outDir}); create it or choose another path`);

    // Open the project here first: a file that is not a project gets the same clear message as every command.
    const opened = await openProjectFile(file);
    const saved = parsePrintSettings(readMeta(opened.db)[PRINT_META_KEY]);
    opened.db.close();
    const bytes = readFileBytes(file);

    const root = rendererRoot();
    if (!existsSync(path.join(root, 'index.html'))) throw new CliError(`the app's print page is not built (no ${path.join(root, 'index.html')}); run \`npm run build:web\` once, then run landlink print again`);
    const browser = chromiumPath();
    if (!browser) throw new CliError(`no Chromium was found (${process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist` : 'looked for /usr/bin/chromium'}); install it (\`apt-get install chromium\`) or set CHROMIUM_PATH`);

    const effectiveLayout = layout ?? saved.layout;
    const effectiveDpi = dpi ?? saved.dpi;
    const paper = paperOfLayout(effectiveLayout as (typeof LAYOUT_IDS)[number]);
    const params: Record<string, string> = { layout: effectiveLayout, dpi: String(effectiveDpi) };
    if (values.title !== undefined) params.title = String(values.title);
    if (atlas) params.atlas = atlas;
    if (template) params.template = template;
    // For tests of the tiled render: the largest drawing buffer side the page may use (the WebGL limit otherwise).
    if (process.env.LANDLINK_PRINT_TILE_SIDE) params.tileSide = process.env.LANDLINK_PRINT_TILE_SIDE;
    let result;
    try {
      result = await printHeadless({
        rendererRoot: root,
        chromiumPath: browser,
        projectBytes: bytes,
        projectName: path.basename(file),
        format,
        params,
        pageMm: { width: paper.widthMm, height: paper.heightMm },
        dpi: effectiveDpi,
        onProgress: process.stderr.isTTY ? (done, total) => process.stderr.write(`\rdrawing maps ${done}/${total}…`) : undefined,
      });
    } catch (error) {
      if (error instanceof HeadlessPrintError) {
        if (error.badInput) throw new CliError(`nothing to print in ${path.basename(file)}: ${error.message}`, 2);
        throw new CliError(`printing ${path.basename(file)} failed: ${error.message}; nothing was written`, 1);
      }
      throw error;
    } finally {
      if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    }
    const written: string[] = [];
    if (format === 'pdf' || result.files.length === 1) {
      atomicWriteFile(out, result.files[0]!, { keepBackup: false });
      written.push(out);
    } else {
      const base = out.slice(0, -extension.length);
      result.files.forEach((bytesOfPage, i) => {
        const name = `${base}-${String(i + 1).padStart(2, '0')}.png`;
        atomicWriteFile(name, bytesOfPage, { keepBackup: false });
        written.push(name);
      });
    }
    process.stdout.write(`wrote ${written.length === 1 ? written[0] : `${written.length} files (${path.basename(written[0]!)} … ${path.basename(written[written.length - 1]!)})`}: ${result.pages} page${result.pages === 1 ? '' : 's'}, ${effectiveLayout}, map at ${effectiveDpi} DPI\n`);
    return 0;
  },
};

export default print;

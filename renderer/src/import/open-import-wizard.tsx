// Opens the import wizard in its own React root (it floats over the map and needs no place in the app shell), with
// files from the Host's picker or dropped on the map. One wizard at a time.
import i18next from 'i18next';
import { createRoot, type Root } from 'react-dom/client';
import type { Host } from '../../../shared/host/host';
import { uiCommands } from '../app/ui-commands';
import { IMPORT_FILE_FILTERS } from './import-file-filters';
import type { PickedFile } from './import-messages';
import { ImportWizard, type ImportCommit } from './ImportWizard';
import './import-wizard.css';

let open: { root: Root; container: HTMLElement } | null = null;

export function isImportWizardOpen(): boolean {
  return open !== null;
}

function close(): void {
  const current = open;
  open = null;
  if (!current) return;
  // Unmounting inside the wizard's own event handler would warn: let React finish first.
  queueMicrotask(() => {
    current.root.unmount();
    current.container.remove();
  });
}

/** Shows the wizard for these files (from the picker or a drop). */
export function showImportWizard(files: readonly PickedFile[], commit: ImportCommit): void {
  if (open || files.length === 0) return;
  const container = document.createElement('div');
  container.className = 'import-wizard-root';
  document.body.append(container);
  const root = createRoot(container);
  open = { root, container };
  root.render(
    <ImportWizard
      files={files}
      commit={commit}
      onClose={(imported) => {
        close();
        if (imported) uiCommands.toast(i18next.t('import.done', { count: imported.count, layer: i18next.t(`layers.${imported.table}`) }));
      }}
    />,
  );
}

/** Ctrl+I: the Host's picker (several files: a shapefile is .shp + .dbf + .shx + .prj + .cpg), then the wizard. */
export async function openImportWizard(host: Host, commit: ImportCommit): Promise<void> {
  if (open) return;
  const files = await host.pickImportFiles(IMPORT_FILE_FILTERS, true);
  if (!files || files.length === 0) return;
  showImportWizard(files.map((f) => ({ name: f.name, bytes: f.bytes })), commit);
}

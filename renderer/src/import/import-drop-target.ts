// Files dropped on the map open the import wizard with them, as if picked (all parts of a shapefile at once).
import { whenMapReady } from '../map/map-instance';
import { IMPORT_FILE_FILTERS } from './import-file-filters';
import type { ImportCommit } from './ImportWizard';
import { showImportWizard } from './open-import-wizard';

let installed = false;
const IMPORTABLE = new Set(IMPORT_FILE_FILTERS.flatMap((f) => f.extensions));

/** Only drops with something the importers read are ours (a dropped orthophoto is not). */
function isImportable(transfer: DataTransfer): boolean {
  return [...transfer.files].some((file) => IMPORTABLE.has(/\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? ''));
}

async function droppedFiles(transfer: DataTransfer): Promise<{ name: string; bytes: Uint8Array }[]> {
  return Promise.all([...transfer.files].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

export function installImportDropTarget(commit: ImportCommit & { hasProject(): boolean }): void {
  if (installed) return;
  installed = true;
  whenMapReady((map) => {
    const container = map.getContainer();
    container.addEventListener('dragover', (event) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    });
    container.addEventListener('drop', (event) => {
      if (!event.dataTransfer?.files.length || !isImportable(event.dataTransfer) || !commit.hasProject()) return;
      event.preventDefault();
      void droppedFiles(event.dataTransfer).then((files) => showImportWizard(files, commit));
    });
  });
}

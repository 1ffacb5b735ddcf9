// Files dropped on the map open the import wizard with them, as if picked (all parts of a shapefile at once).
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

/** Listens on the document for drops onto the map (the map element may be replaced; the document stays). */
export function installImportDropTarget(commit: ImportCommit & { hasProject(): boolean }): void {
  if (installed) return;
  installed = true;
  const onMap = (event: DragEvent): boolean => Boolean((event.target as Element | null)?.closest?.('.maplibregl-map'));
  document.addEventListener('dragover', (event) => {
    if (!onMap(event) || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  });
  document.addEventListener('drop', (event) => {
    if (!onMap(event) || !event.dataTransfer?.files.length || !isImportable(event.dataTransfer) || !commit.hasProject()) return;
    event.preventDefault();
    void droppedFiles(event.dataTransfer).then((files) => showImportWizard(files, commit));
  });
}

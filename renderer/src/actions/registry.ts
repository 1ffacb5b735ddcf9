// The list of every action. Menus, shortcuts and the command palette read it; a new command is a new file here.
import type { Action } from './action';
import projectNew from './project-new';
import projectOpen from './project-open';
import projectOpenSample from './project-open-sample';
import projectOpenRecent from './project-open-recent';
import projectSave from './project-save';
import projectSaveAs from './project-save-as';
import dataImport from './data-import';
import dataExport from './data-export';
import mapPrint from './map-print';
import editUndo from './edit-undo';
import editRedo from './edit-redo';
import appCommandPalette from './app-command-palette';
import mapZoomToProject from './map-zoom-to-project';
import viewToggleSidePanel from './view-toggle-side-panel';
import appToggleLanguage from './app-toggle-language';
import appAbout from './app-about';

export const ACTIONS: readonly Action[] = [
  projectNew,
  projectOpen,
  projectOpenRecent,
  projectOpenSample,
  projectSave,
  projectSaveAs,
  dataImport,
  dataExport,
  mapPrint,
  editUndo,
  editRedo,
  appCommandPalette,
  mapZoomToProject,
  viewToggleSidePanel,
  appToggleLanguage,
  appAbout,
];

const byId = new Map(ACTIONS.map((action) => [action.id, action]));

export function findAction(id: string): Action | undefined {
  return byId.get(id);
}

// Builds the app's services over the Host and the project worker, and starts what runs for the app's lifetime:
// menu commands from the main process, files dropped on the map, and the document (crash recovery or the sample).
import type { Host } from '../../../shared/host/host';
import { runAction } from '../actions/run-action';
import { ProjectDocument } from '../document/project-document';
import type { ProjectWorkerClient } from '../worker/worker-client';
import type { AppServices } from './app-services';
import { ProjectCalls } from './project-calls';
import { uiCommands } from './ui-commands';

export function createAppServices(host: Host, worker: ProjectWorkerClient): AppServices {
  const document = new ProjectDocument(host, worker);
  return { host, document, project: new ProjectCalls(worker, document), ui: uiCommands };
}

export async function startApp(services: AppServices): Promise<void> {
  services.host.onMenuCommand((command) => void runAction(services, command.actionId, command.argument));
  void import('../import/import-drop-target').then(({ installImportDropTarget }) =>
    installImportDropTarget({ importFeatures: (...args) => services.project.importFeatures(...args), hasProject: () => services.document.hasProject() }),
  );
  await services.document.start();
}

// What every command and panel reaches the app through: the Host (files, dialogs), the project document (open,
// save, journal, title), the project's worker calls, and small UI commands. Actions receive it as their context;
// React components read it with useApp() (app-context.tsx) instead of a prop passed down the tree.
import type { Host } from '../../../shared/host/host';
import type { ProjectDocument } from '../document/project-document';
import type { ProjectCalls } from './project-calls';
import type { UiCommands } from './ui-commands';

export interface AppServices {
  readonly host: Host;
  readonly document: ProjectDocument;
  readonly project: ProjectCalls;
  readonly ui: UiCommands;
}

// Every user command is an action object in its own file (as in Excalidraw's actions/): its id names its entry in
// shared/app/action-catalog.ts, which gives the label and shortcuts, so the native menu, the keyboard and the command
// palette show and run the same thing. The file carries the command's logic, against a small context.
import { actionSpec, type ActionSpec, type BilingualLabel } from '../../../shared/app/action-catalog';
import type { AppServices } from '../app/app-services';

/** What an action may use: the Host, the project document, the project's worker calls, the UI commands. */
export type ActionContext = AppServices;

export interface Action {
  readonly id: string;
  readonly label: BilingualLabel;
  readonly hint?: BilingualLabel;
  /** i18n key of the label (`actions.<id>`), registered from the catalog for other screens that name the command. */
  readonly labelKey: string;
  /** Shortcuts in `Mod+Shift+K` form; Mod is Ctrl on Windows/Linux and Cmd on macOS. */
  readonly shortcuts: readonly string[];
  /** The shortcut the native menu owns (its accelerator), when the catalog puts the action in a menu. */
  readonly menuShortcut?: string;
  /** Whether the action can run now (e.g. Save needs an open project). */
  predicate(context: ActionContext): boolean;
  perform(context: ActionContext): void | Promise<void>;
}

export interface ActionBody {
  predicate?(context: ActionContext): boolean;
  perform(context: ActionContext): void | Promise<void>;
}

export function defineAction(id: string, body: ActionBody): Action {
  const spec: ActionSpec = actionSpec(id);
  return {
    id,
    label: spec.label,
    ...(spec.hint ? { hint: spec.hint } : {}),
    labelKey: `actions.${id}`,
    shortcuts: spec.shortcuts ?? [],
    ...(spec.menu && spec.shortcuts?.[0] ? { menuShortcut: spec.shortcuts[0] } : {}),
    predicate: body.predicate ?? (() => true),
    perform: body.perform,
  };
}

/** The predicate of actions that need an open project. */
export const needsProject = (context: ActionContext): boolean => context.document.hasProject();

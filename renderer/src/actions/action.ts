// Every user command is an action object in its own file (label key, shortcut, run): the native menu, keyboard
// shortcuts and the command palette all run the same object, so they never disagree.
import type { AppController } from '../app/app-controller';

export interface Action {
  /** Stable id; the native menu (shared/app/menu-spec.ts) refers to actions by it. */
  readonly id: string;
  /** i18n key of the label, under `actions.`. */
  readonly labelKey: string;
  /** Shortcut in `Mod+Shift+K` form; Mod is Ctrl on Windows/Linux and Cmd on macOS. */
  readonly shortcuts?: readonly string[];
  /** Whether the action can run now (e.g. Save needs an open project). Defaults to always. */
  enabled?(app: AppController): boolean;
  run(app: AppController): void | Promise<void>;
}

export function defineAction(action: Action): Action {
  return action;
}

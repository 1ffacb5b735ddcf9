// Every action, found by file: each module in this folder whose default export is an Action (one user command per
// file). Menus, shortcuts and the command palette read this list; a new command is a catalog entry and a new file.
import type { Action } from './action';

const modules = import.meta.glob<{ default?: Action }>(['./*.ts', '!./action.ts', '!./registry.ts', '!./run-action.ts', '!./shortcuts.ts', '!./*.test.ts'], { eager: true });

export const ACTIONS: readonly Action[] = Object.values(modules)
  .map((module) => module.default)
  .filter((action): action is Action => Boolean(action && typeof action.id === 'string' && typeof action.perform === 'function'))
  .sort((a, b) => a.id.localeCompare(b.id));

const byId = new Map(ACTIONS.map((action) => [action.id, action]));

export function findAction(id: string): Action | undefined {
  return byId.get(id);
}

// Runs an action by id, from the native menu, a shortcut or the palette. Two menu commands carry more than an id:
// Open Recent names the file, and the main process asks before the window closes.
import type { ActionContext } from './action';
import { findAction } from './registry';

export async function runAction(context: ActionContext, actionId: string, argument?: string): Promise<void> {
  if (actionId === 'project.openRecent' && argument) return context.document.openRecent(argument);
  if (actionId === 'app.requestClose') return context.document.requestClose();
  const action = findAction(actionId);
  if (action?.predicate(context)) await action.perform(context);
}

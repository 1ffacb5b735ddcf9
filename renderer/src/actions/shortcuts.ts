// Matches keyboard events against action shortcuts written as `Mod+Shift+K`, and decides which of an action's
// shortcuts the page listens for.
export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

export function matchesShortcut(event: KeyLike, shortcut: string, isMac: boolean): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop()?.toLowerCase();
  const wants = new Set(parts.map((p) => p.toLowerCase()));
  const mod = isMac ? event.metaKey : event.ctrlKey;
  if (wants.has('mod') !== mod) return false;
  if (wants.has('shift') !== event.shiftKey) return false;
  if (wants.has('alt') !== event.altKey) return false;
  if (!isMac && event.metaKey) return false;
  return event.key.toLowerCase() === key;
}

/** How a shortcut is shown to the user: `Ctrl+Shift+K` (or `⌘⇧K` on macOS). */
export function formatShortcut(shortcut: string, isMac: boolean): string {
  if (!isMac) return shortcut.replace('Mod', 'Ctrl');
  return shortcut.replace('Mod+', '⌘').replace('Shift+', '⇧').replace('Alt+', '⌥');
}

/**
 * The shortcuts of an action the page itself matches. In Electron the native menu owns each listed action's first
 * shortcut (its accelerator fires before the page sees the key); every other shortcut, and all of them in the browser
 * host, are the page's.
 */
export function pageShortcuts(action: { readonly shortcuts: readonly string[]; readonly menuShortcut?: string }, hostKind: 'electron' | 'browser'): readonly string[] {
  return hostKind === 'electron' ? action.shortcuts.filter((shortcut) => shortcut !== action.menuShortcut) : action.shortcuts;
}

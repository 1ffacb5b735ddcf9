// Row selection by mouse and keyboard, as in every desktop table: click selects one row, Ctrl/⌘-click toggles a row,
// Shift-click selects the range from the anchor (adding to the selection with Ctrl held too).

export interface SelectionClick {
  readonly shift: boolean;
  /** Ctrl on Windows/Linux, ⌘ on macOS. */
  readonly toggle: boolean;
}

export interface SelectionResult {
  readonly fids: number[];
  /** Position (in view order) the next Shift-click extends from. */
  readonly anchor: number;
}

/**
 * The selection after a click on the row at `position` of `orderedFids` (the rows in view order).
 * `anchor` is the position of the last plain or Ctrl click, or null.
 */
export function clickSelection(current: readonly number[], orderedFids: ArrayLike<number>, position: number, anchor: number | null, click: SelectionClick): SelectionResult {
  const fid = orderedFids[position]!;
  if (click.shift && anchor !== null && anchor < orderedFids.length) {
    const [from, to] = anchor <= position ? [anchor, position] : [position, anchor];
    const range: number[] = [];
    for (let i = from; i <= to; i++) range.push(orderedFids[i]!);
    if (!click.toggle) return { fids: range, anchor };
    const merged = new Set(current);
    for (const f of range) merged.add(f);
    return { fids: [...merged], anchor };
  }
  if (click.toggle) {
    const has = current.includes(fid);
    return { fids: has ? current.filter((f) => f !== fid) : [...current, fid], anchor: position };
  }
  return { fids: [fid], anchor: position };
}

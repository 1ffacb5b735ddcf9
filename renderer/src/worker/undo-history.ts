// The project's undo and redo steps as page patches (shared/project/page-patch.ts): each step keeps only the pages
// of the file that differ from the state it returns to, so thirty edits of a 100,000-parcel county cost a few
// megabytes instead of thirty copies of a 40 MB file. Labels name what each step did, for the history list.
import type { HistoryLabel } from './project-protocol';
import { applyPatch, diffPages, patchSize, type PagePatch } from '../../../shared/project/page-patch';

interface Step {
  readonly patch: PagePatch;
  readonly label: HistoryLabel;
}

export class UndoHistory {
  private undoSteps: Step[] = [];
  private redoSteps: Step[] = [];

  /** Oldest steps are dropped beyond either limit (an import of a county is one large step). */
  constructor(
    private readonly maxSteps = 30,
    private readonly maxBytes = 512 * 2 ** 20,
  ) {}

  /** A change took the file from `before` to `after`; redo steps are dropped, as in every editor. */
  record(before: Uint8Array, after: Uint8Array, label: HistoryLabel): void {
    this.undoSteps.push({ patch: diffPages(after, before), label });
    this.redoSteps = [];
    this.trim();
  }

  /** The state before the last change, given the current one; null when there is nothing to undo. */
  undo(current: Uint8Array): { bytes: Uint8Array; label: HistoryLabel } | null {
    const step = this.undoSteps.pop();
    if (!step) return null;
    const bytes = applyPatch(current, step.patch);
    this.redoSteps.push({ patch: diffPages(bytes, current), label: step.label });
    return { bytes, label: step.label };
  }

  redo(current: Uint8Array): { bytes: Uint8Array; label: HistoryLabel } | null {
    const step = this.redoSteps.pop();
    if (!step) return null;
    const bytes = applyPatch(current, step.patch);
    this.undoSteps.push({ patch: diffPages(bytes, current), label: step.label });
    return { bytes, label: step.label };
  }

  /**
   * The file moved from `expected` (the state the steps were recorded against) to `actual` outside the history (a
   * write no step recorded). A patch applied to any other state than its own would mix pages of two states and
   * corrupt the database, so the last step is rebuilt to go from `actual` straight back to where it led: undoing it
   * undoes that write too, as a whole-file snapshot would. Redo steps no longer fit and are dropped.
   */
  rebase(expected: Uint8Array, actual: Uint8Array): void {
    this.redoSteps = [];
    const last = this.undoSteps.pop();
    if (!last) return;
    this.undoSteps.push({ patch: diffPages(actual, applyPatch(expected, last.patch)), label: last.label });
  }

  clear(): void {
    this.undoSteps = [];
    this.redoSteps = [];
  }

  get canUndo(): boolean {
    return this.undoSteps.length > 0;
  }

  get canRedo(): boolean {
    return this.redoSteps.length > 0;
  }

  /** Oldest first, as the history list shows them. */
  labels(): { undo: HistoryLabel[]; redo: HistoryLabel[] } {
    return { undo: this.undoSteps.map((s) => s.label), redo: this.redoSteps.map((s) => s.label) };
  }

  /** Bytes the steps hold. */
  size(): number {
    return [...this.undoSteps, ...this.redoSteps].reduce((sum, step) => sum + patchSize(step.patch), 0);
  }

  private trim(): void {
    while (this.undoSteps.length > this.maxSteps) this.undoSteps.shift();
    while (this.undoSteps.length > 1 && this.size() > this.maxBytes) this.undoSteps.shift();
  }
}

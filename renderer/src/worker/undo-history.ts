// The project's undo and redo steps as change sets (shared/write): each step keeps what its transaction changed,
// row by row, and undoing applies its inverse. One status edit of a 100,000-parcel county costs a few hundred bytes
// (the column before and after, and its audit line), not pages of the file; a boundary edit costs the two shapes.
// Labels name what each step did, for the history list.
import type { HistoryLabel } from './project-protocol';
import { changeSetSize, type ChangeSet } from '../../../shared/write/change-set';

interface Step {
  readonly changeSet: ChangeSet;
  readonly label: HistoryLabel;
  readonly size: number;
}

export class UndoHistory {
  private undoSteps: Step[] = [];
  private redoSteps: Step[] = [];

  /** Oldest steps are dropped beyond either limit (an import of a county is one large step). */
  constructor(
    private readonly maxSteps = 30,
    private readonly maxBytes = 512 * 2 ** 20,
  ) {}

  /** A transaction made this change; redo steps are dropped, as in every editor. */
  record(changeSet: ChangeSet, label: HistoryLabel): void {
    this.undoSteps.push({ changeSet, label, size: changeSetSize(changeSet) });
    this.redoSteps = [];
    this.trim();
  }

  /** The step to undo (apply its inverse), moved to the redo list; null when there is nothing to undo. */
  undo(): { changeSet: ChangeSet; label: HistoryLabel } | null {
    const step = this.undoSteps.pop();
    if (!step) return null;
    this.redoSteps.push(step);
    return step;
  }

  /** The step to redo (apply it as it is), moved back to the undo list. */
  redo(): { changeSet: ChangeSet; label: HistoryLabel } | null {
    const step = this.redoSteps.pop();
    if (!step) return null;
    this.undoSteps.push(step);
    return step;
  }

  /** An undo or redo could not be applied: put the step back where it was. */
  restoreUndo(step: { changeSet: ChangeSet; label: HistoryLabel }): void {
    const last = this.redoSteps.pop();
    if (last && last.changeSet === step.changeSet) this.undoSteps.push(last);
  }

  restoreRedo(step: { changeSet: ChangeSet; label: HistoryLabel }): void {
    const last = this.undoSteps.pop();
    if (last && last.changeSet === step.changeSet) this.redoSteps.push(last);
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
    return [...this.undoSteps, ...this.redoSteps].reduce((sum, step) => sum + step.size, 0);
  }

  private trim(): void {
    while (this.undoSteps.length > this.maxSteps) this.undoSteps.shift();
    while (this.undoSteps.length > 1 && this.size() > this.maxBytes) this.undoSteps.shift();
  }
}

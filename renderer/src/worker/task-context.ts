// What a long worker operation gets besides its arguments: a way to report progress to its caller, and whether the
// caller has asked it to stop (checked between steps; the operation then leaves the project as it was).
export interface TaskContext {
  progress(done: number, total: number, label: string): void;
  cancelled(): boolean;
}

/** Lets queued messages (a cancel) in before the next step of a long operation. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

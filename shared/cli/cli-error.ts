// An error the user can fix: printed as one sentence (what, where, how to fix) with its exit code, never a stack.
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

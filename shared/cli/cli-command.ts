// What every `landlink` command module exports (default export): its name, a one-line summary, its usage line,
// and `run`, which returns the exit code (0 ok, 1 problems found, 2 bad input or usage).
export interface CliCommand {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(argv: string[]): Promise<number>;
}

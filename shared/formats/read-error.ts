// The one error type the format readers throw: a sentence for the user (what, where, how to fix) in two languages.
export class FormatReadError extends Error {
  override readonly name = 'FormatReadError';
  constructor(message: string, readonly messageZh: string) {
    super(message);
  }
}

// The part of papaparse Landlink uses: parsing a string already decoded (shared/formats/csv). The package's own
// @types pull in Node's stream types, which the pure core must not see.
declare module 'papaparse' {
  export interface ParseError {
    readonly type: string;
    readonly code: string;
    readonly message: string;
    readonly row?: number;
  }
  export interface ParseResult<T> {
    readonly data: T[];
    readonly errors: ParseError[];
    readonly meta: { readonly delimiter: string; readonly linebreak: string; readonly aborted: boolean; readonly truncated: boolean };
  }
  /** What `step` receives for each row: the row itself and its errors; `meta.cursor` is the character reached. */
  export interface StepResult<T> {
    readonly data: T;
    readonly errors: ParseError[];
    readonly meta: { readonly delimiter: string; readonly cursor: number };
  }
  export interface ParseConfig {
    step?: (results: StepResult<string[]>) => void;
    delimiter?: string;
    delimitersToGuess?: string[];
    header?: false;
    skipEmptyLines?: boolean | 'greedy';
    dynamicTyping?: false;
    quoteChar?: string;
  }
  export function parse<T = string[]>(input: string, config?: ParseConfig): ParseResult<T>;
  export function unparse(data: unknown[][], config?: { delimiter?: string; newline?: string; quotes?: boolean }): string;
  const Papa: { parse: typeof parse; unparse: typeof unparse };
  export default Papa;
}

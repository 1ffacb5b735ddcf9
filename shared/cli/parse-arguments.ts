// Argument parsing shared by the commands: node:util's parseArgs (strict), with its errors rewritten as a sentence
// that ends with the command's usage line.
import { parseArgs } from 'node:util';
import { CliError } from './cli-error';

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

export interface ParsedArguments {
  readonly positionals: string[];
  readonly values: Record<string, string | boolean | string[] | undefined>;
}

export function parseArguments(argv: string[], options: OptionSpec, usage: string, positionalCount: { min: number; max: number }): ParsedArguments {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${firstSentence(error)}; usage: ${usage}`);
  }
  const count = parsed.positionals.length;
  if (count < positionalCount.min) throw new CliError(`a file argument is missing; usage: ${usage}`);
  if (count > positionalCount.max) throw new CliError(`unexpected argument “${parsed.positionals[positionalCount.max]}”; usage: ${usage}`);
  return { positionals: parsed.positionals, values: parsed.values as ParsedArguments['values'] };
}

/** A positive whole number from an option, or a CliError naming the option. */
export function wholeNumberOption(value: string | boolean | string[] | undefined, option: string, usage: string): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!/^\d+$/.test(text)) throw new CliError(`${option} must be a whole number, not “${text}”; usage: ${usage}`);
  return Number(text);
}

function firstSentence(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.replace(/\.$/, '').replace(/^Unknown option '([^']+)'.*/, 'unknown option $1');
}

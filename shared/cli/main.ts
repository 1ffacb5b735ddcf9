// `landlink <command> …`: finds the command, runs it, and turns any failure into one sentence on stderr and an exit
// code (2 for bad input or usage). A stack trace is shown only with LANDLINK_DEBUG=1, for developers.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CliError } from './cli-error';
import { COMMANDS } from './commands/index';
import { unlockAllProjects } from '../node/project-lock';

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process[name === undefined ? 'stderr' : 'stdout'].write(helpText());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    process.stdout.write('landlink 0.1.0\n');
    return 0;
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(`landlink: unknown command “${name}”; run “landlink --help” to see the commands (${Object.keys(COMMANDS).join(', ')}).\n`);
    return 2;
  }
  try {
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(`usage: ${command.usage}\n${command.summary}\n`);
      return 0;
    }
    return await command.run(rest);
  } catch (error) {
    if (process.env.LANDLINK_DEBUG) console.error(error);
    if (error instanceof CliError) {
      process.stderr.write(`landlink ${name}: ${printable(error.message)}\n`);
      return error.exitCode;
    }
    // Not the input's fault but Landlink's: said so, with the details kept in a log file to send in.
    const message = error instanceof Error ? error.message : String(error);
    const log = writeFaultLog(name, argv, error);
    process.stderr.write(`landlink ${name}: this is a fault in Landlink, not in your data (${printable(message.split('\n')[0] ?? '').slice(0, 200)}); nothing was written; please report it with the log file ${log ?? '(it could not be written; rerun with LANDLINK_DEBUG=1)'}.\n`);
    return 1;
  } finally {
    unlockAllProjects();
  }
}

/** A message never echoes a file's control bytes to the terminal (they can move the cursor or retitle the window). */
function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');
}

function writeFaultLog(command: string, argv: readonly string[], error: unknown): string | null {
  try {
    const folder = path.join(tmpdir(), 'landlink-logs');
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, `landlink-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}.log`);
    const details = error instanceof Error ? (error.stack ?? error.message) : String(error);
    writeFileSync(file, `landlink ${command}\nargs: ${JSON.stringify(argv)}\nnode ${process.version} ${process.platform}\n\n${details}\n`);
    return file;
  } catch {
    return null;
  }
}

function helpText(): string {
  const lines = ['Landlink (搬迁复垦一张图) command line', '', 'usage: landlink <command> [options]', ''];
  for (const command of Object.values(COMMANDS)) {
    lines.push(`  ${command.usage}`, `      ${command.summary}`);
  }
  lines.push('', 'Run “landlink <command> --help” for one command.', '');
  return lines.join('\n');
}

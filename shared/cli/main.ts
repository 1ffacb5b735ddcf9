// `landlink <command> …`: finds the command, runs it, and turns any failure into one sentence on stderr and an exit
// code (2 for bad input or usage). A stack trace is shown only with LANDLINK_DEBUG=1, for developers.
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
      process.stderr.write(`landlink ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`landlink ${name}: unexpected failure (${message.split('\n')[0]}); nothing was written; rerun with LANDLINK_DEBUG=1 and report the output.\n`);
    return 1;
  } finally {
    unlockAllProjects();
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

// A long-lived `landlink` for tests that run many commands from separate processes (concurrent writers, kill -9):
// each line on stdin is a JSON request {args, env}; the command runs through the CLI's own main() and the worker
// answers "@@exit <code>" on stdout, so a trial costs the command, not a Node and TypeScript start-up.
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';

const require = createRequire(import.meta.url);
require('tsx/cjs/api').register();
const { main } = require('../../shared/cli/main.ts');

process.stdout.write('@@ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  const { args, env } = JSON.parse(line);
  Object.assign(process.env, env ?? {});
  const code = await main(args);
  // Its stderr is ended with a marker too: the two pipes are read separately, so the parent waits for both.
  process.stderr.write('@@end\n');
  process.stdout.write(`@@exit ${code}\n`);
}

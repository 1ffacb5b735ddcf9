#!/usr/bin/env node
// The `landlink` executable: runs shared/cli/main.ts through tsx, so the CLI uses the same TypeScript sources as
// the app without a build step.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('./main.ts', import.meta.url);
const code = await main(process.argv.slice(2));
// Exit explicitly once stdout and stderr are flushed: tsx's loader thread can otherwise, now and then, keep the
// process alive after the command has finished.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));

#!/usr/bin/env node
// The `landlink` executable: runs shared/cli/main.ts from its TypeScript sources through tsx, without a build step.
// It uses tsx's CommonJS hooks, which run in this thread: with the ESM hooks (register/tsImport), Node 20 runs the
// loader in a worker thread, and now and then the process hung in exit waiting for it after the command had finished.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('tsx/cjs/api').register();
const { main } = require('./main.ts');
process.exitCode = await main(process.argv.slice(2));

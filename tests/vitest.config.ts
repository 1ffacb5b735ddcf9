import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    include: ['{shared,electron,renderer,sample-data}/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/abuse/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'out/**', 'dist/**'],
    environment: 'node',
    // Generous: the CLI and print tests start processes and a browser, which on two busy cores can take minutes.
    testTimeout: 240_000,
    hookTimeout: 60_000,
    // Two cores: keep parallelism low so GDAL and sql.js tests do not starve each other.
    maxWorkers: 2,
  },
});

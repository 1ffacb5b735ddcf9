// Lint for Landlink, including the layering rule (in the style of VS Code's code-layering check; static imports and
// dynamic import() alike, tests/lint/import-layering-rule.js): the layer of a file is read from its folder, and each
// layer may import only what is below it.
//   shared/           pure core: no Node, no DOM globals, no Electron, no React, nothing from renderer/ or electron/
//   shared/node, cli  Node-side helpers and the landlink command: Node allowed, still no Electron/React/renderer
//   sample-data/      the sample county generator: pure, like shared/, and imports only shared/
//   renderer workers  files that run as Web Workers: as the renderer, and never React or react-dom
//   renderer/         the UI: never Node or Electron; reaches the machine only through the Host interface
//   electron/         main process and preload: never imports renderer/
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importLayeringRule } from './lint/import-layering-rule.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const uiPackages = ['react', 'react-dom', 'maplibre-gl', 'i18next', 'react-i18next', 'zustand'];
/** What runs as a Web Worker draws nothing: React and what brings it in stay on the UI thread. */
const reactPackages = ['react', 'react-dom', 'react-i18next'];
const electronPackages = ['electron'];
const layering = (layer, options) => ['error', { root, layer, ...options }];
/** Files under renderer/ that run as Web Workers: the worker folders and the `*-worker.ts` entries. */
const workerFiles = ['renderer/src/worker/**/*.ts', 'renderer/src/*/worker/**/*.ts', 'renderer/**/*-worker.ts'];
const rendererLayering = { packages: [...nodeBuiltins, ...electronPackages], roots: ['electron/', 'shared/node/', 'shared/cli/'] };
const pureGlobals = ['window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'require', 'Buffer', '__dirname', '__filename', 'global'].map((name) => ({ name, message: 'Layering: the pure core may not touch runtime globals.' }));

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', 'bench/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/**', '**/*.d.ts'] },
  { files: ['**/*.{ts,tsx,js,mjs,cjs}'], basePath: root },
  ...tseslint.configs.recommended,
  {
    plugins: { landlink: { rules: { layering: importLayeringRule } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/node/**', 'shared/cli/**', '**/*.test.ts'],
    rules: {
      'landlink/layering': layering('shared/', { packages: [...nodeBuiltins, ...uiPackages, ...electronPackages], roots: ['renderer/', 'electron/', 'shared/node/', 'shared/cli/', 'sample-data/', 'tests/'] }),
      'no-restricted-globals': ['error', ...pureGlobals],
    },
  },
  {
    // The README's table: sample-data/ imports shared/ (and itself), nothing else of the repository.
    files: ['sample-data/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'landlink/layering': layering('sample-data/', { packages: [...nodeBuiltins, ...uiPackages, ...electronPackages], roots: ['shared/node/', 'shared/cli/'], within: ['sample-data/', 'shared/'] }),
      'no-restricted-globals': ['error', ...pureGlobals],
    },
  },
  {
    files: ['shared/node/**/*.ts', 'shared/cli/**/*.{ts,mjs}'],
    ignores: ['**/*.test.ts'],
    rules: { 'landlink/layering': layering('shared/node and shared/cli', { packages: [...uiPackages, ...electronPackages], roots: ['renderer/', 'electron/'] }) },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: {
      'landlink/layering': layering('renderer/', rendererLayering),
      'no-restricted-globals': ['error', ...['process', 'require', 'Buffer', '__dirname', '__filename'].map((name) => ({ name, message: 'Layering: the renderer has no Node globals; use the Host.' }))],
    },
  },
  {
    files: workerFiles,
    ignores: ['**/*.test.ts'],
    rules: { 'landlink/layering': layering('a Web Worker', { ...rendererLayering, packages: [...rendererLayering.packages, ...reactPackages] }) },
  },
  {
    files: ['electron/**/*.{ts,cts,mts}'],
    ignores: ['**/*.test.ts'],
    rules: { 'landlink/layering': layering('electron/', { packages: uiPackages, roots: ['renderer/'] }) },
  },
);

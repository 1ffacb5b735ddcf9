// Lint for Landlink, including the layering rule (in the style of VS Code's code-layering check):
// the layer of a file is read from its folder, and each layer may import only what is below it.
//   shared/           pure core: no Node, no DOM globals, no Electron, no React, nothing from renderer/ or electron/
//   shared/node, cli  Node-side helpers and the landlink command: Node allowed, still no Electron/React/renderer
//   sample-data/      the sample county generator: pure, like shared/
//   renderer/         the UI: never Node or Electron; reaches the machine only through the Host interface
//   electron/         main process and preload: never imports renderer/
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const importRule = (paths, patterns) => ['error', { paths: paths.map((name) => ({ name, message: 'Layering: this module may not be imported from this layer (see shared/DESIGN.md).' })), patterns }];
const nodePaths = nodeBuiltins;
const uiPaths = ['react', 'react-dom', 'react-dom/client', 'maplibre-gl', 'i18next', 'react-i18next', 'zustand'];
const electronPaths = ['electron'];
const group = (globs, message) => ({ group: globs, message: `Layering: ${message} (see shared/DESIGN.md).` });
const noRenderer = group(['**/renderer', '**/renderer/**'], 'only the renderer imports the renderer');
const noElectron = group(['**/electron', '**/electron/**'], 'only electron/ imports electron/');
const noSharedNode = group(['**/shared/node', '**/shared/node/**', '**/shared/cli', '**/shared/cli/**', '**/node/**', '../cli/**'], 'shared/node and shared/cli run on Node only');
const pureGlobals = ['window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'require', 'Buffer', '__dirname', '__filename', 'global'].map((name) => ({ name, message: 'Layering: the pure core may not touch runtime globals.' }));

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', 'bench/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/**', '**/*.d.ts'] },
  { files: ['**/*.{ts,tsx,js,mjs,cjs}'], basePath: root },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['shared/**/*.ts', 'sample-data/**/*.ts'],
    ignores: ['shared/node/**', 'shared/cli/**', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': importRule([...nodePaths, ...uiPaths, ...electronPaths], [noRenderer, noElectron, noSharedNode]),
      'no-restricted-globals': ['error', ...pureGlobals],
    },
  },
  {
    files: ['shared/node/**/*.ts', 'shared/cli/**/*.{ts,mjs}'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': importRule([...uiPaths, ...electronPaths], [noRenderer, noElectron]) },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': importRule([...nodePaths, ...electronPaths], [noElectron, noSharedNode]),
      'no-restricted-globals': ['error', ...['process', 'require', 'Buffer', '__dirname', '__filename'].map((name) => ({ name, message: 'Layering: the renderer has no Node globals; use the Host.' }))],
    },
  },
  {
    files: ['electron/**/*.{ts,cts,mts}'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': importRule(uiPaths, [noRenderer]) },
  },
);

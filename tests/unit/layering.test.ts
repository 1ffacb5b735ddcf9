// The layering rule fails on a deliberately bad import in each layer, and passes the real tree; the renderer has no
// import cycle.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import ts from 'typescript';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'tests/eslint.config.js') });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'landlink/layering' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('layering lint', () => {
  it('refuses Node, Electron, React and the other layers in shared/', async () => {
    expect(await layeringErrors('shared/geo/bad-probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).not.toEqual([]);
    expect(await layeringErrors('shared/geo/bad-probe.ts', "import fs from 'fs';\nexport const x = fs;\n")).not.toEqual([]);
    expect(await layeringErrors('shared/geo/bad-probe.ts', "import { app } from 'electron';\nexport const x = app;\n")).not.toEqual([]);
    expect(await layeringErrors('shared/geo/bad-probe.ts', "import { useState } from 'react';\nexport const x = useState;\n")).not.toEqual([]);
    expect(await layeringErrors('shared/geo/bad-probe.ts', "import { App } from '../../renderer/src/app/App';\nexport const x = App;\n")).not.toEqual([]);
    expect(await layeringErrors('shared/geo/bad-probe.ts', "import { x } from '../node/atomic-write';\nexport const y = x;\n")).not.toEqual([]);
    expect(await layeringErrors('shared/geo/bad-probe.ts', 'export const x = window.location;\n')).not.toEqual([]);
    expect(await layeringErrors('sample-data/bad-probe.ts', "import path from 'node:path';\nexport const x = path;\n")).not.toEqual([]);
  });

  it('refuses Node and Electron in the renderer', async () => {
    expect(await layeringErrors('renderer/src/bad-probe.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n")).not.toEqual([]);
    expect(await layeringErrors('renderer/src/bad-probe.ts', "import path from 'node:path';\nexport const x = path;\n")).not.toEqual([]);
    expect(await layeringErrors('renderer/src/bad-probe.ts', "import { x } from '../../electron/main/ipc-validate';\nexport const y = x;\n")).not.toEqual([]);
    expect(await layeringErrors('renderer/src/bad-probe.ts', 'export const x = process.env;\n')).not.toEqual([]);
  });

  it('refuses the renderer in electron/', async () => {
    expect(await layeringErrors('electron/main/bad-probe.ts', "import { App } from '../../renderer/src/app/App';\nexport const x = App;\n")).not.toEqual([]);
    expect(await layeringErrors('electron/main/bad-probe.ts', "import { createRoot } from 'react-dom/client';\nexport const x = createRoot;\n")).not.toEqual([]);
  });

  it('checks dynamic import() as it checks import', async () => {
    expect(await layeringErrors('shared/geo/bad-probe.ts', "export const load = () => import('node:fs');\n")).not.toEqual([]);
    expect(await layeringErrors('shared/geo/bad-probe.ts', "export const load = () => import(`../../renderer/src/app/App`);\n")).not.toEqual([]);
    expect(await layeringErrors('renderer/src/bad-probe.ts', "export const load = () => import('electron');\n")).not.toEqual([]);
    expect(await layeringErrors('renderer/src/bad-probe.ts', "export const load = () => import('../../shared/node/atomic-write-file');\n")).not.toEqual([]);
    expect(await layeringErrors('electron/main/bad-probe.ts', "export const load = () => import('../../renderer/src/main');\n")).not.toEqual([]);
    expect(await layeringErrors('renderer/src/ok-probe.ts', "export const load = () => import('../../shared/host/host');\n")).toEqual([]);
  });

  it('refuses React and react-dom in files that run as Web Workers', async () => {
    expect(await layeringErrors('renderer/src/worker/bad-probe.ts', "import { useState } from 'react';\nexport const x = useState;\n")).not.toEqual([]);
    expect(await layeringErrors('renderer/src/ledger/worker/bad-probe.ts', "import { createRoot } from 'react-dom/client';\nexport const x = createRoot;\n")).not.toEqual([]);
    expect(await layeringErrors('renderer/src/import/probe-worker.ts', "export const load = () => import('react-dom');\n")).not.toEqual([]);
    expect(await layeringErrors('renderer/src/worker/bad-probe.ts', "import path from 'node:path';\nexport const x = path;\n")).not.toEqual([]);
    expect(await layeringErrors('renderer/src/app/ok-probe.tsx', "import { useState } from 'react';\nexport const x = useState;\n")).toEqual([]);
  });

  it('lets sample-data/ import shared/ and itself only, as the README says', async () => {
    expect(await layeringErrors('sample-data/county/bad-probe.ts', "import { App } from '../../renderer/src/app/App';\nexport const x = App;\n")).not.toEqual([]);
    expect(await layeringErrors('sample-data/bad-probe.ts', "import { x } from '../tests/e2e/app-fixture';\nexport const y = x;\n")).not.toEqual([]);
    expect(await layeringErrors('sample-data/bad-probe.ts', "import { x } from '../electron/main/menu-template';\nexport const y = x;\n")).not.toEqual([]);
    expect(await layeringErrors('sample-data/bad-probe.ts', "import { atomicWriteFile } from '../shared/node/atomic-write-file';\nexport const y = atomicWriteFile;\n")).not.toEqual([]);
    expect(await layeringErrors('sample-data/bad-probe.ts', "export const load = () => import('../renderer/src/main');\n")).not.toEqual([]);
    expect(await layeringErrors('sample-data/county/ok-probe.ts', "import { ellipsoidalArea } from '../../shared/geo/area/ellipsoidal-area';\nimport { createRandom } from '../prng';\nexport const y = [ellipsoidalArea, createRandom];\n")).toEqual([]);
  });

  it('allows what each layer may use', async () => {
    expect(await layeringErrors('shared/geo/ok-probe.ts', "import type { Polygon } from 'geojson';\nexport type P = Polygon;\n")).toEqual([]);
    expect(await layeringErrors('shared/cli/ok-probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toEqual([]);
    expect(await layeringErrors('renderer/src/ok-probe.ts', "import { x } from '../../shared/host/host';\nexport const y = x;\n")).toEqual([]);
    expect(await layeringErrors('electron/main/ok-probe.ts', "import { app } from 'electron';\nimport { atomicWriteFile as x } from '../../shared/node/atomic-write-file';\nexport const y = [app, x];\n")).toEqual([]);
  });
});

// Import cycles in the renderer: every static, type-only and dynamic import() counts, and so does each file an
// `import.meta.glob` pulls in (the action registry loads every action that way). A cycle means two modules cannot be
// understood, tested or loaded one without the other; the app controller, the actions and the print view were one.
type ImportGraph = Map<string, string[]>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name) ? [full] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), specifier.replace(/\?.*$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** `./*.ts`, `../locales/**\/*.json`: the glob forms Vite's import.meta.glob is given here. */
function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '\u0000').replace(/\*/g, '[^/]*').replace(/\u0000/g, '(?:.*/)?');
  return new RegExp(`^${escaped}$`);
}

function importGraph(dir: string): ImportGraph {
  const files = sourceFiles(dir);
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const deps = ts.preProcessFile(text, true, true).importedFiles.flatMap((i) => resolveImport(file, i.fileName) ?? []);
    for (const match of text.matchAll(/import\.meta\.glob(?:<[^>]*>)?\(\s*(\[[^\]]*\]|'[^']*')/g)) {
      const patterns = [...match[1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
      const absolute = (p: string): RegExp => globToRegExp(path.resolve(path.dirname(file), p));
      const include = patterns.filter((p) => !p.startsWith('!')).map(absolute);
      const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => absolute(p.slice(1)));
      deps.push(...files.filter((f) => include.some((r) => r.test(f)) && !exclude.some((r) => r.test(f))));
    }
    graph.set(file, deps.filter((d) => d.startsWith(dir)));
  }
  return graph;
}

/** Strongly connected components of more than one module (or a module importing itself): each is a cycle. */
function importCycles(graph: ImportGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v)?.includes(v)) cycles.push(component);
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

describe('import cycles', () => {
  it('finds a cycle through a dynamic import and one through import.meta.glob', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'landlink-cycles-'));
    try {
      mkdirSync(path.join(dir, 'actions'));
      writeFileSync(path.join(dir, 'a.ts'), "export const a = () => import('./b');\n");
      writeFileSync(path.join(dir, 'b.ts'), "import type { X } from './c';\nexport type Y = X;\n");
      writeFileSync(path.join(dir, 'c.ts'), "import { a } from './a';\nexport type X = typeof a;\n");
      writeFileSync(path.join(dir, 'actions', 'registry.ts'), "export const all = import.meta.glob(['./*.ts', '!./registry.ts'], { eager: true });\n");
      writeFileSync(path.join(dir, 'actions', 'save.ts'), "import { host } from '../host';\nexport default host;\n");
      writeFileSync(path.join(dir, 'host.ts'), "import { all } from './actions/registry';\nexport const host = all;\n");
      writeFileSync(path.join(dir, 'leaf.ts'), "import { host } from './host';\nexport const leaf = host;\n");
      const cycles = importCycles(importGraph(dir)).map((c) => c.map((f) => path.relative(dir, f)).sort());
      expect(cycles).toHaveLength(2);
      expect(cycles).toContainEqual(['a.ts', 'b.ts', 'c.ts']);
      expect(cycles).toContainEqual(['actions/registry.ts', 'actions/save.ts', 'host.ts']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('renderer/src has none', () => {
    const dir = path.join(root, 'renderer/src');
    const cycles = importCycles(importGraph(dir)).map((c) => c.map((f) => path.relative(dir, f)).join(' → '));
    expect(cycles).toEqual([]);
  });
});

// What a worker entry (`new Worker(new URL('./x.ts', import.meta.url))`) loads, it loads into the worker: React must
// not be among it, however many files away the import is.
const REACT = /^(react|react-dom|react-i18next)(\/|$)/;

function workerEntries(graph: ImportGraph): string[] {
  return [...graph.keys()].flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/new Worker\(\s*new URL\('([^']+)'/g)].flatMap((m) => resolveImport(file, m[1]!) ?? []));
}

function reactInWorkers(graph: ImportGraph): string[] {
  const found: string[] = [];
  for (const entry of workerEntries(graph)) {
    const seen = new Set<string>([entry]);
    const queue = [entry];
    while (queue.length) {
      const file = queue.shift()!;
      const bare = ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((i) => i.fileName).filter((name) => REACT.test(name));
      for (const name of bare) found.push(`${path.basename(entry)}: ${file} imports ${name}`);
      for (const next of graph.get(file) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return found;
}

describe('workers and React', () => {
  it('finds React imported two files away from a worker entry', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'landlink-worker-react-'));
    try {
      writeFileSync(path.join(dir, 'client.ts'), "export const start = () => new Worker(new URL('./probe-worker.ts', import.meta.url), { type: 'module' });\n");
      writeFileSync(path.join(dir, 'probe-worker.ts'), "import { label } from './labels';\nself.postMessage(label);\n");
      writeFileSync(path.join(dir, 'labels.ts'), "import { createElement } from 'react';\nexport const label = String(createElement);\n");
      expect(reactInWorkers(importGraph(dir))).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('no worker of the renderer loads React', () => {
    const graph = importGraph(path.join(root, 'renderer/src'));
    expect(workerEntries(graph).map((f) => path.basename(f)).sort()).toEqual(['import-worker.ts', 'mbtiles-worker.ts', 'project-worker.ts']);
    expect(reactInWorkers(graph)).toEqual([]);
  });
});

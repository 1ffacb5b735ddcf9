// The layering rule fails on a deliberately bad import in each layer, and passes the real tree.
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'tests/eslint.config.js') });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
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

  it('allows what each layer may use', async () => {
    expect(await layeringErrors('shared/geo/ok-probe.ts', "import type { Polygon } from 'geojson';\nexport type P = Polygon;\n")).toEqual([]);
    expect(await layeringErrors('shared/cli/ok-probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toEqual([]);
    expect(await layeringErrors('renderer/src/ok-probe.ts', "import { x } from '../../shared/host/host';\nexport const y = x;\n")).toEqual([]);
    expect(await layeringErrors('electron/main/ok-probe.ts', "import { app } from 'electron';\nimport { atomicWriteFile as x } from '../../shared/node/atomic-write-file';\nexport const y = [app, x];\n")).toEqual([]);
  });
});

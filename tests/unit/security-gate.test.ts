// The electronegativity gate parses the tool's CSV and blocks HIGH/MEDIUM findings; on a deliberately insecure
// window it must block.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: plain ES module without types
import { blockingFindings, parseCsv } from '../tools/electronegativity-gate.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('electronegativity gate', () => {
  it('parses quoted CSV with commas inside fields', () => {
    const rows = parseCsv('issue, severity, confidence, filename\nA_CHECK,"HIGH","FIRM","a, b.ts"\n');
    expect(rows).toEqual([{ issue: 'A_CHECK', severity: 'HIGH', confidence: 'FIRM', filename: 'a, b.ts' }]);
  });

  it('blocks HIGH and MEDIUM unless reviewed, never LOW', () => {
    const findings = [
      { issue: 'NODE_INTEGRATION_JS_CHECK', severity: 'HIGH' },
      { issue: 'CSP_GLOBAL_CHECK', severity: 'LOW' },
      { issue: 'PRELOAD_JS_CHECK', severity: 'MEDIUM' },
      { issue: 'AUXCLICK_JS_CHECK', severity: 'MEDIUM' },
    ];
    expect(blockingFindings(findings).map((f: { issue: string }) => f.issue)).toEqual(['NODE_INTEGRATION_JS_CHECK', 'AUXCLICK_JS_CHECK']);
  });

  it('finds blocking issues in an insecure window', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'landlink-en-')), 'f.csv');
    const bin = path.join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');
    const run = spawnSync(process.execPath, [bin, '-i', path.join(root, 'tests/fixtures/security'), '-o', out, '-v', 'false', '-e', '45.0.0'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const issues = blockingFindings(parseCsv(readFileSync(out, 'utf8'))).map((f: { issue: string }) => f.issue);
    expect(issues).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']));
  }, 120_000);
});

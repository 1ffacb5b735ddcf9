// Fixture-driven: each tests/fixtures/crs/*.json gives raw bounds (and maybe a .prj or --crs) and what Landlink must
// decide. A new case is a new file.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCrsCode } from '../parse-crs-code';
import type { CoordinateBounds } from './coordinate-bounds';
import { detectCrs } from './detect-crs';

interface CrsCase {
  bounds: CoordinateBounds;
  prj?: string;
  declared?: string;
  expect: { ok: boolean; code?: number; axisSwapped?: boolean; warns?: boolean; reasonIncludes?: string };
}

const folder = new URL('../../../tests/fixtures/crs/', import.meta.url);
const cases = readdirSync(folder).filter((f) => f.endsWith('.json'));

describe('detectCrs fixtures', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(10));
  for (const file of cases)
    it(file.replace(/\.json$/, ''), () => {
      const c = JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as CrsCase;
      const result = detectCrs({ bounds: c.bounds, ...(c.prj ? { prj: c.prj } : {}), ...(c.declared ? { declared: parseCrsCode(c.declared) } : {}) });
      expect(result.ok).toBe(c.expect.ok);
      if (result.ok) {
        expect(result.crs.code).toBe(c.expect.code);
        expect(result.axisSwapped).toBe(c.expect.axisSwapped);
        expect(result.how.en.length).toBeGreaterThan(20);
        expect(result.how.zh.length).toBeGreaterThan(10);
        expect(result.warnings.length > 0).toBe(Boolean(c.expect.warns));
      } else {
        expect(result.reason.en).toContain(c.expect.reasonIncludes);
        expect(result.reason.zh.length).toBeGreaterThan(10);
      }
    });
});

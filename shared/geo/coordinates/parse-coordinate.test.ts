import { describe, expect, it } from 'vitest';
import { parseCoordinate } from './parse-coordinate';
import { crsByCode } from '../../crs/crs-registry';
import { transformFromCgcs2000 } from '../../crs/transform/from-cgcs2000';

describe('reading a typed coordinate', () => {
  it('reads longitude/latitude in either order', () => {
    expect(parseCoordinate('114.05, 38.80', 114)).toMatchObject({ ok: true, lonLat: [114.05, 38.8] });
    expect(parseCoordinate('38.80 114.05', 114)).toMatchObject({ ok: true, lonLat: [114.05, 38.8] });
    expect(parseCoordinate('114.05，38.80', 114)).toMatchObject({ ok: true });
  });

  it('reads Gauss-Krüger X/Y with the zone prefix, X first as on survey sheets', () => {
    const [e, n] = transformFromCgcs2000(crsByCode(4526)!)(114.1, 38.75);
    const parsed = parseCoordinate(`${n.toFixed(3)}, ${e.toFixed(3)}`, 100);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.lonLat[0]).toBeCloseTo(114.1, 7);
    expect(parsed.lonLat[1]).toBeCloseTo(38.75, 7);
    expect(parsed.how.zh).toContain('EPSG:4526');
  });

  it('reads an easting without prefix in the zone of the map view', () => {
    const [e, n] = transformFromCgcs2000(crsByCode(4547)!)(113.9, 38.9);
    const parsed = parseCoordinate(`${n}, ${e}`, 114.2);
    expect(parsed.ok && parsed.lonLat[0]).toBeCloseTo(113.9, 7);
    expect(parsed.ok && parsed.how.en).toContain('EPSG:4547');
  });

  it('refuses what it cannot read, saying how to fix it', () => {
    expect(parseCoordinate('abc', 114)).toMatchObject({ ok: false });
    expect(parseCoordinate('1 2 3', 114)).toMatchObject({ ok: false });
    const far = parseCoordinate('500, 600', 114);
    expect(far.ok).toBe(false);
    if (!far.ok) expect(far.reason.zh).toContain('请检查');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitScale, frameBounds, frameView } from './fit-frame';
import { boxesOverlap, boxInside, pageLayout } from './page-layout';
import { LAYOUT_IDS, paperOfLayout, pixelsForMm, POINTS_PER_MM } from './paper';
import { formatScale, parseScale, roundScaleNearest, roundScaleUp, scaleBar } from './print-scale';
import { DEFAULT_PRINT_SETTINGS, parsePrintSettings, serialisePrintSettings } from './print-settings';
import { groundSizeMetres, project, scaleForZoom, unproject, zoomForScale } from './web-mercator';

describe('paper', () => {
  it('A4 and A3 in mm and in the points pdfinfo reports', () => {
    expect(paperOfLayout('A4-portrait')).toMatchObject({ widthMm: 210, heightMm: 297 });
    expect(paperOfLayout('A3-landscape')).toMatchObject({ widthMm: 420, heightMm: 297 });
    expect(Math.round(420 * POINTS_PER_MM)).toBe(1191);
    expect(Math.round(297 * POINTS_PER_MM)).toBe(842);
    expect(pixelsForMm(25.4, 300)).toBe(300);
  });
});

describe('scales', () => {
  it('rounds up to the common scales', () => {
    expect(roundScaleUp(480)).toBe(500);
    expect(roundScaleUp(500)).toBe(500);
    expect(roundScaleUp(9873)).toBe(10_000);
    expect(roundScaleUp(10_001)).toBe(15_000);
    expect(roundScaleUp(21_000)).toBe(25_000);
    expect(roundScaleUp(60_000)).toBe(60_000);
    expect(roundScaleUp(80_000)).toBe(100_000);
    expect(roundScaleUp(260_000)).toBe(300_000);
    expect(roundScaleNearest(24_871)).toBe(25_000);
    expect(() => roundScaleUp(0)).toThrow(RangeError);
  });

  it('rounding up never gives a smaller denominator, and lands on a scale of the series', () => {
    fc.assert(
      fc.property(fc.double({ min: 100, max: 5e7, noNaN: true }), (d) => {
        const s = roundScaleUp(d);
        expect(s).toBeGreaterThanOrEqual(d * (1 - 1e-9));
        const mantissa = s / 10 ** Math.floor(Math.log10(s));
        expect([1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5]).toContain(Math.round(mantissa * 1e6) / 1e6);
        expect(s / d).toBeLessThanOrEqual(1.5 + 1e-9);
      }),
    );
  });

  it('formats and parses 1:N', () => {
    expect(formatScale(10_000)).toBe('1:10,000');
    expect(parseScale('1:10,000')).toBe(10_000);
    expect(parseScale('1：5000')).toBe(5000);
    expect(parseScale('25000')).toBe(25_000);
    expect(parseScale('abc')).toBeNull();
  });

  it('scale bar: a round length that fits', () => {
    const bar = scaleBar(10_000, 60);
    expect(bar.metres).toBe(500);
    expect(bar.lengthMm).toBeCloseTo(50);
    expect(bar.label).toBe('500 m');
    expect(scaleBar(100_000, 60).label).toBe('5 km');
    fc.assert(
      fc.property(fc.integer({ min: 500, max: 1_000_000 }), fc.double({ min: 10, max: 200, noNaN: true }), (d, max) => {
        const b = scaleBar(d, max);
        expect(b.lengthMm).toBeLessThanOrEqual(max + 1e-9);
        expect(b.lengthMm).toBeGreaterThan(max / 5 - 1e-9);
      }),
    );
  });
});

describe('web mercator', () => {
  it('zoom and scale are inverses; project and unproject too', () => {
    fc.assert(
      fc.property(fc.double({ min: 500, max: 1e6, noNaN: true }), fc.double({ min: -60, max: 60, noNaN: true }), (d, lat) => {
        expect(scaleForZoom(zoomForScale(d, lat), lat)).toBeCloseTo(d, 3);
      }),
    );
    const [x, y] = project(114.2, 38.7, 12);
    const [lon, lat] = unproject(x, y, 12);
    expect(lon).toBeCloseTo(114.2, 9);
    expect(lat).toBeCloseTo(38.7, 9);
  });

  it('ground size of one degree of longitude at 38.8° N is about 86.8 km', () => {
    const [w] = groundSizeMetres([114, 38.8, 115, 38.8], 38.8);
    expect(w / 1000).toBeCloseTo(86.8, 0);
  });
});

describe('fitting a frame', () => {
  it('fits a 10 km wide township on a 250 mm frame at 1:50,000', () => {
    const dLon = 10_000 / (111_320 * Math.cos((38.8 * Math.PI) / 180));
    expect(fitScale([114, 38.78, 114 + dLon, 38.82], 250, 160)).toBe(50_000);
    expect(fitScale([114, 38.78, 114 + dLon, 38.82], 300, 160)).toBe(40_000);
  });

  it('the fitted frame covers the feature box (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 100, max: 120, noNaN: true }),
        fc.double({ min: 20, max: 45, noNaN: true }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        fc.constantFrom(...LAYOUT_IDS),
        (west, south, dw, dh, layout) => {
          const box = [west, south, west + dw, south + dh] as const;
          const { map } = pageLayout(paperOfLayout(layout));
          const view = frameView(box, map.w, map.h);
          const covered = frameBounds(view, map.w, map.h);
          // frameBounds is a local approximation; allow 1% of the box size.
          const tol = Math.max(dw, dh) * 0.01;
          expect(covered[0]).toBeLessThanOrEqual(box[0] + tol);
          expect(covered[2]).toBeGreaterThanOrEqual(box[2] - tol);
          expect(covered[1]).toBeLessThanOrEqual(box[1] + tol);
          expect(covered[3]).toBeGreaterThanOrEqual(box[3] - tol);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('page layout', () => {
  it.each(LAYOUT_IDS)('%s: every part lies on the page inside the margins and no two overlap (north arrow and scale bar sit in the map)', (id) => {
    const layout = pageLayout(paperOfLayout(id));
    const page = { x: 9.99, y: 9.99, w: layout.paper.widthMm - 19.98, h: layout.paper.heightMm - 19.98 };
    const parts = [layout.title, layout.map, layout.inset, layout.legend, layout.table, layout.seal, layout.footer];
    for (const part of parts) {
      expect(boxInside(part, page)).toBe(true);
      expect(part.w).toBeGreaterThan(20);
      expect(part.h).toBeGreaterThan(5);
    }
    for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++) expect(boxesOverlap(parts[i]!, parts[j]!), `${i} and ${j}`).toBe(false);
    expect(boxInside(layout.northArrow, layout.map)).toBe(true);
    expect(boxInside(layout.scaleBar, layout.map)).toBe(true);
    expect(layout.table.h).toBeGreaterThan(45);
  });
});

describe('print settings in landlink_meta', () => {
  it('round-trips and falls back field by field', () => {
    const settings = { ...DEFAULT_PRINT_SETTINGS, template: 'linkage' as const, layout: 'A3-portrait' as const, dpi: 300, title: '测试', atlas: 'townships' as const, scale: 25_000 };
    expect(parsePrintSettings(serialisePrintSettings(settings))).toEqual(settings);
    expect(parsePrintSettings('{not json')).toEqual(DEFAULT_PRINT_SETTINGS);
    expect(parsePrintSettings(JSON.stringify({ template: 'nope', dpi: 5000, layout: 'A5-portrait', title: 7, scale: -1 }))).toEqual(DEFAULT_PRINT_SETTINGS);
    expect(parsePrintSettings(JSON.stringify({ dpi: 300 })).dpi).toBe(300);
  });
});

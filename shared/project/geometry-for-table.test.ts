import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fitGeometryToTable } from './geometry-for-table';

const closed: Polygon = { type: 'Polygon', coordinates: [[[114, 38], [114.01, 38], [114.01, 38.01], [114, 38]]] };

describe('fitGeometryToTable', () => {
  it('stores a Polygon as a one-part MultiPolygon and keeps an already closed MultiPolygon as it is', () => {
    const fitted = fitGeometryToTable(closed, 'MULTIPOLYGON');
    expect(fitted).toEqual({ ok: true, geometry: { type: 'MultiPolygon', coordinates: [closed.coordinates] } });
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [closed.coordinates] };
    expect(fitGeometryToTable(multi, 'MULTIPOLYGON')).toEqual({ ok: true, geometry: multi });
  });

  it('closes rings that do not repeat their first position, in any part', () => {
    const open: MultiPolygon = { type: 'MultiPolygon', coordinates: [closed.coordinates, [[[115, 38], [115.01, 38], [115.01, 38.01]]]] };
    const fitted = fitGeometryToTable(open, 'MULTIPOLYGON');
    expect(fitted.ok && fitted.geometry.type === 'MultiPolygon' && fitted.geometry.coordinates[1]![0]).toEqual([[115, 38], [115.01, 38], [115.01, 38.01], [115, 38]]);
  });

  it('refuses projected coordinates, non-numbers and rings of fewer than 4 positions, with the reason', () => {
    const projected = fitGeometryToTable({ type: 'Point', coordinates: [38_512_345, 4_234_567] }, 'POINT');
    expect(projected.ok ? '' : projected.message).toMatch(/looks projected/);
    const nan = fitGeometryToTable({ type: 'Polygon', coordinates: [[[114, 38], [NaN, 38], [114.01, 38.01], [114, 38]]] }, 'MULTIPOLYGON');
    expect(nan.ok ? '' : nan.message).toMatch(/not a number/);
    const short = fitGeometryToTable({ type: 'Polygon', coordinates: [[[114, 38], [114.01, 38], [114, 38]]] }, 'MULTIPOLYGON');
    expect(short.ok ? '' : short.message).toMatch(/at least 4/);
    expect(fitGeometryToTable({ type: 'LineString', coordinates: [[114, 38], [115, 38]] }, 'POINT').ok).toBe(false);
  });
});

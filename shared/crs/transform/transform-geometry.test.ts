import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { transformGeometry, transformGeometryInPlace } from './transform-geometry';

const shift = (x: number, y: number): [number, number] => [x + 100, y * 2];

describe('transformGeometryInPlace', () => {
  it('converts each position once, where it stands, like transformGeometry does into a copy', () => {
    const polygon: MultiPolygon = { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]], [[0.2, 0.2], [0.4, 0.2], [0.4, 0.4], [0.2, 0.2]]], [[[5, 5], [6, 5], [6, 6], [5, 5]]]] };
    const copy = transformGeometry(polygon, shift);
    const before = polygon.coordinates[0]![0]!;
    transformGeometryInPlace(polygon, shift);
    expect(polygon).toEqual(copy);
    expect(polygon.coordinates[0]![0]).toBe(before);
  });

  it('converts a ring closed with its own first position only once', () => {
    const first: Position = [1, 1];
    const polygon: Polygon = { type: 'Polygon', coordinates: [[first, [2, 1], [2, 2], first]] };
    transformGeometryInPlace(polygon, shift);
    expect(polygon.coordinates[0]).toEqual([[101, 2], [102, 2], [102, 4], [101, 2]]);
  });
});

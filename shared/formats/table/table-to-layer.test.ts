import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { FormatReadError } from '../read-error';
import { typedCell } from './cell-value';
import { tableToLayer } from './table-to-layer';

describe('tableToLayer', () => {
  it('skips a title row, orders corners by point number, drops a repeated closing corner and closes rings', () => {
    const layer = tableToLayer('t', [
      ['界址点坐标表', null, null, null],
      ['宗地编号', '界址点号', '纵坐标', '横坐标'],
      ['A', 'J3', 4300100, 500100],
      ['A', 'J1', 4300000, 500000],
      ['A', 'J2', 4300000, 500100],
      ['A', 'J4', 4300100, 500000],
      ['A', 'J5', 4300000, 500000],
    ]);
    const ring = (layer.features[0]!.geometry as Polygon).coordinates[0]!;
    expect(ring).toEqual([[500000, 4300000], [500100, 4300000], [500100, 4300100], [500000, 4300100], [500000, 4300000]]);
    expect(layer.features[0]!.properties).toEqual({ 宗地编号: 'A' });
  });

  it('tells X = easting apart from X = northing by the values', () => {
    const east = tableToLayer('t', [['X', 'Y'], [38500000, 4300000]]);
    const north = tableToLayer('t', [['X', 'Y'], [4300000, 38500000]]);
    expect(east.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [38500000, 4300000] });
    expect(north.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [38500000, 4300000] });
    const degrees = tableToLayer('t', [['X', 'Y'], [38.8, 114.0]]);
    expect(degrees.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [114.0, 38.8] });
  });

  it('keeps codes with leading zeros and long digit strings as text', () => {
    expect(typedCell('0103')).toBe('0103');
    expect(typedCell('130102199001011234')).toBe('130102199001011234');
    expect(typedCell('12.5')).toBe(12.5);
    expect(typedCell('')).toBeNull();
  });

  it('reads a WKT column', () => {
    const layer = tableToLayer('t', [['code', 'WKT'], ['a', 'POLYGON ((0 0, 1 0, 1 1, 0 0))'], ['b', 'POINT Z (1 2 3)']]);
    expect(layer.features[1]!.geometry).toEqual({ type: 'Point', coordinates: [1, 2] });
    expect(() => tableToLayer('t', [['code', 'WKT'], ['a', 'POLYGON ((0 0, 1 0']])).toThrow(/Row 2 of t/);
  });

  it('refuses a parcel with fewer than 3 corners and a coordinate that is not a number, naming the row', () => {
    expect(() => tableToLayer('t', [['地块编号', 'X', 'Y'], ['A', 4300000, 500000], ['A', 4300010, 500000], ['A', 4300000, 500000]], { geometry: 'polygons' })).toThrow(/at least 3/);
    expect(() => tableToLayer('t', [['X', 'Y'], [4300000, 500000], ['abc', 500000]])).toThrow(FormatReadError);
    expect(() => tableToLayer('t', [['X', 'Y'], [4300000, 500000], ['abc', 500000]])).toThrow(/Row 3/);
  });
});

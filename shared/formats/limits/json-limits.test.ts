import { describe, expect, it } from 'vitest';
import { exceedsJsonDepth, geometryShapeProblem } from './json-limits';

describe('JSON limits', () => {
  it('measures nesting without parsing, ignoring brackets inside strings', () => {
    expect(exceedsJsonDepth(`${'['.repeat(20000)}${']'.repeat(20000)}`)).toBe(true);
    expect(exceedsJsonDepth(JSON.stringify({ a: '[[[[[[[[[[[[[[[['.repeat(10), b: [[1, 2]] }), 8)).toBe(false);
    expect(exceedsJsonDepth('{"type":"Point","coordinates":[1,2]}')).toBe(false);
  });

  it('names what is wrong with a geometry’s coordinates', () => {
    expect(geometryShapeProblem({ type: 'Point', coordinates: null } as never)).toMatch(/no coordinates/);
    expect(geometryShapeProblem({ type: 'Point', coordinates: [Number.NaN, 1] })).toMatch(/not a finite number/);
    expect(geometryShapeProblem({ type: 'Polygon', coordinates: [[['1', 2]]] } as never)).toMatch(/not a finite number/);
    expect(geometryShapeProblem({ type: 'Polygon', coordinates: [[[114, 38], [115, 38], [115, 39], [114, 38]]] })).toBeNull();
  });
});

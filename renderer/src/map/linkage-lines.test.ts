import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import type { LayerData } from '../worker/project-protocol';
import { linkageLines } from './linkage-lines';

const square = (x: number, y: number, code: string, project: string | null, status = 'accepted'): Feature => ({
  type: 'Feature',
  properties: { code, project_code: project, status },
  geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 0.01, y], [x + 0.01, y + 0.01], [x, y + 0.01], [x, y]]] },
});

describe('linkage lines', () => {
  it('joins each parcel to its own project’s nearest construction plot, and skips parcels without one', () => {
    const layers: LayerData[] = [
      { table: 'construction_plots', features: { type: 'FeatureCollection', features: [square(110, 30, 'JX-1', 'GG-1'), square(111, 30, 'JX-2', 'GG-1'), square(110.2, 30, 'JX-3', 'GG-2')] } },
      { table: 'reclaim_parcels', features: { type: 'FeatureCollection', features: [square(110.9, 30.1, 'FK-1', 'GG-1'), square(110.1, 30.1, 'FK-2', 'GG-1', 'planned'), square(110.15, 30, 'FK-3', 'GG-2'), square(110, 31, 'FK-4', null), square(110, 31, 'FK-5', 'GG-9')] } },
    ];
    const lines = linkageLines(layers).features;
    expect(lines.map((l) => [l.properties!.parcel_code, l.properties!.plot_code])).toEqual([['FK-1', 'JX-2'], ['FK-2', 'JX-1'], ['FK-3', 'JX-3']]);
    const [from, to] = (lines[0]!.geometry as { coordinates: number[][] }).coordinates;
    expect(from![0]).toBeCloseTo(110.905, 9);
    expect(from![1]).toBeCloseTo(30.105, 9);
    expect(to![0]).toBeCloseTo(111.005, 9);
    expect(to![1]).toBeCloseTo(30.005, 9);
    expect(lines[1]!.properties!.status).toBe('planned');
  });
});

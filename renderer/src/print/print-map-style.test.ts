import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { TEMPLATES } from '../../../shared/print/templates';
import { legendItems } from '../../../shared/print/legend-items';
import { focusFilters, legendColour, printMapLayers } from './print-map-style';
import { HOUSE_STATUS_COLOURS, PARCEL_STATUS_COLOURS } from '../map/layer-styles';

const ids = (layers: LayerSpecification[]) => layers.map((l) => l.id);
const filterOf = (layers: LayerSpecification[], id: string) => JSON.stringify((layers.find((l) => l.id === id) as { filter?: unknown }).filter);

describe('print map style per template', () => {
  it('demolition shows houses (every status) and no parcels; reclamation the reverse', () => {
    const demolition = printMapLayers(TEMPLATES.demolition);
    expect(ids(demolition)).toContain('houses-circle');
    expect(ids(demolition).some((id) => id.startsWith('parcels-'))).toBe(false);
    expect(filterOf(demolition, 'houses-circle')).toContain('"pending","demolished","retained"');
    const reclamation = printMapLayers(TEMPLATES.reclamation);
    expect(ids(reclamation)).toEqual(expect.arrayContaining(['parcels-fill', 'parcels-line', 'parcels-point']));
    expect(ids(reclamation)).not.toContain('houses-circle');
  });

  it('linkage draws only quota-producing parcels, with project outlines and construction plots', () => {
    const linkage = printMapLayers(TEMPLATES.linkage);
    expect(filterOf(linkage, 'parcels-fill')).toContain('["literal",["accepted","filed"]]');
    expect(ids(linkage)).toEqual(expect.arrayContaining(['linkage-line', 'construction-fill', 'sites-fill']));
  });

  it('township names come from one point each, and the focus layers sit below every label', () => {
    const layers = printMapLayers(TEMPLATES.reclamation, { kind: 'township', name: '西岭镇' });
    expect((layers.find((l) => l.id === 'townships-label') as { source: string }).source).toBe('township_label_points');
    const firstSymbol = layers.findIndex((l) => l.type === 'symbol');
    expect(ids(layers).indexOf('focus-mask')).toBeLessThan(firstSymbol);
    expect(filterOf(layers, 'focus-mask')).toContain('"!=",["get","name"],"西岭镇"');
    expect(focusFilters({ kind: 'county' })).toBeNull();
    expect(focusFilters({ kind: 'project', code: 'GG-1', name: 'GG-1' })).toBeNull();
  });

  it('legend swatches use the map colours', () => {
    for (const item of legendItems(TEMPLATES.reclamation).filter((i) => i.id.startsWith('parcel:'))) expect(legendColour(item.id).fill).toBe(PARCEL_STATUS_COLOURS[item.id.split(':')[1]!]);
    for (const item of legendItems(TEMPLATES.demolition).filter((i) => i.id.startsWith('house:'))) expect(legendColour(item.id).fill).toBe(HOUSE_STATUS_COLOURS[item.id.split(':')[1]!]);
  });
});

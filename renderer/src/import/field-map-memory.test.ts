import { describe, expect, it } from 'vitest';
import { recallFieldMap, rememberFieldMap, sourceSignature } from './field-map-memory';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe('field map memory', () => {
  it('the same fields in another order (and a zip instead of parts) are the same source', () => {
    expect(sourceSignature('shapefile-zip', ['TBBH', 'DLBM'])).toBe(sourceSignature('shapefile', ['dlbm', 'tbbh']));
    expect(sourceSignature('shapefile', ['TBBH'])).not.toBe(sourceSignature('shapefile', ['TBBH', 'DLBM']));
  });

  it('remembers per source and target table', () => {
    const storage = memoryStorage();
    const signature = sourceSignature('shapefile', ['TBBH', 'QSDWMC']);
    rememberFieldMap(signature, 'reclaim_parcels', { QSDWMC: 'remarks', TBBH: null }, storage);
    expect(recallFieldMap(signature, 'reclaim_parcels', storage)).toEqual({ QSDWMC: 'remarks', TBBH: null });
    expect(recallFieldMap(signature, 'old_houses', storage)).toBeUndefined();
  });

  it('forgets a damaged entry instead of failing', () => {
    const storage = memoryStorage();
    storage.setItem('landlink.import.fieldMap.reclaim_parcels:csv:a', '{not json');
    expect(recallFieldMap('csv:a', 'reclaim_parcels', storage)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { pickBoxSelection, pickTopFeature } from './interactive-layers';

describe('picking features', () => {
  it('a click picks a house over the parcel under it, and a parcel over its village', () => {
    expect(pickTopFeature([{ layerId: 'parcels-fill', fid: 3 }, { layerId: 'houses-circle', fid: 9 }])).toEqual({ table: 'old_houses', fid: 9 });
    expect(pickTopFeature([{ layerId: 'villages-fill', fid: 1 }, { layerId: 'parcels-fill', fid: 3 }])).toEqual({ table: 'reclaim_parcels', fid: 3 });
    expect(pickTopFeature([{ layerId: 'county-line', fid: 1 }])).toBeNull();
  });
  it('a box selects parcels first, without duplicates from tiling, and never villages', () => {
    expect(pickBoxSelection([{ layerId: 'houses-circle', fid: 2 }, { layerId: 'parcels-fill', fid: 5 }, { layerId: 'parcels-fill', fid: 4 }, { layerId: 'parcels-fill', fid: 5 }])).toEqual({ table: 'reclaim_parcels', fids: [4, 5] });
    expect(pickBoxSelection([{ layerId: 'houses-circle', fid: 2 }])).toEqual({ table: 'old_houses', fids: [2] });
    expect(pickBoxSelection([{ layerId: 'villages-fill', fid: 2 }])).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, diffPages, PATCH_BLOCK, patchSize } from './page-patch';

const bytes = (maxBlocks: number) => fc.uint8Array({ maxLength: maxBlocks * PATCH_BLOCK + 100 });

describe('page patches', () => {
  it('turn any file state into any other, leaving the source as it was', () => {
    fc.assert(
      fc.property(bytes(4), bytes(4), (from, to) => {
        const copy = from.slice();
        expect(applyPatch(from, diffPages(from, to))).toEqual(to);
        expect(from).toEqual(copy);
      }),
      { numRuns: 200 },
    );
  });

  it('keep only the blocks an edit touched, also at unaligned offsets', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.array(fc.nat(), { maxLength: 5 }), fc.integer({ min: 0, max: 3 }), (blocks, edits, offset) => {
        const buffer = new Uint8Array(blocks * PATCH_BLOCK + offset);
        for (let i = 0; i < buffer.length; i++) buffer[i] = (i * 31) % 251;
        const from = buffer.subarray(offset);
        const to = from.slice();
        const touched = new Set<number>();
        for (const edit of edits) {
          const at = edit % to.length;
          to[at] = (to[at]! + 1) % 256;
          touched.add(Math.floor(at / PATCH_BLOCK));
        }
        const patch = diffPages(from, to);
        expect([...patch.blocks.keys()].sort((a, b) => a - b)).toEqual([...touched].sort((a, b) => a - b));
        expect(patchSize(patch)).toBe(touched.size * PATCH_BLOCK);
        expect(applyPatch(from, patch)).toEqual(to);
      }),
      { numRuns: 200 },
    );
  });
});

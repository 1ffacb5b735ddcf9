// Undo for a county-sized project without a copy of the whole file per step: two saved states of a project file
// differ in the few pages an edit touched, so an undo step keeps only those pages of the state to go back to.
// The file is compared in fixed blocks of SQLite's default page size; the block size only sets the granularity.

export const PATCH_BLOCK = 4096;

/** What turns one state of the file into another: the target's length and its blocks that differ. */
export interface PagePatch {
  readonly length: number;
  readonly blocks: ReadonlyMap<number, Uint8Array>;
}

/** The patch that turns `from` into `to`. */
export function diffPages(from: Uint8Array, to: Uint8Array): PagePatch {
  const blocks = new Map<number, Uint8Array>();
  const count = Math.ceil(to.length / PATCH_BLOCK);
  for (let block = 0; block < count; block++) {
    const start = block * PATCH_BLOCK;
    const end = Math.min(start + PATCH_BLOCK, to.length);
    if (end > from.length || !sameBytes(from, to, start, end)) blocks.set(block, to.slice(start, end));
  }
  return { length: to.length, blocks };
}

/** `from` with the patch applied: a new array, `from` left as it was. */
export function applyPatch(from: Uint8Array, patch: PagePatch): Uint8Array {
  const result = new Uint8Array(patch.length);
  result.set(from.subarray(0, Math.min(from.length, patch.length)));
  for (const [block, bytes] of patch.blocks) result.set(bytes, block * PATCH_BLOCK);
  return result;
}

/** Bytes a patch holds, for keeping the history within a memory budget. */
export function patchSize(patch: PagePatch): number {
  let size = 0;
  for (const bytes of patch.blocks.values()) size += bytes.length;
  return size;
}

function sameBytes(a: Uint8Array, b: Uint8Array, start: number, end: number): boolean {
  // Four bytes at a time where both arrays are aligned (exported files are): a 40 MB project compares in milliseconds.
  if ((a.byteOffset + start) % 4 === 0 && (b.byteOffset + start) % 4 === 0 && (end - start) % 4 === 0) {
    const wa = new Int32Array(a.buffer, a.byteOffset + start, (end - start) / 4);
    const wb = new Int32Array(b.buffer, b.byteOffset + start, (end - start) / 4);
    for (let i = 0; i < wa.length; i++) if (wa[i] !== wb[i]) return false;
    return true;
  }
  for (let i = start; i < end; i++) if (a[i] !== b[i]) return false;
  return true;
}

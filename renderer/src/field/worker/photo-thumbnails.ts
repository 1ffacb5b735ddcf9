// Small JPEG thumbnails of stored photos, made in the worker (OffscreenCanvas), so the map's thumbnails do not copy
// every full-size photo (3–5 MB from a phone) to the UI after each edit. Cached by hash; where the worker cannot draw
// (no OffscreenCanvas), the photo itself is used.
const cache = new Map<string, Uint8Array>();
const MAX_CACHE = 500;

/** Longest side of a thumbnail in pixels (the map shows 44×33, high-DPI screens twice that). */
export const THUMBNAIL_SIZE = 160;

/** `size` is the longest side: the map's thumbnails by default, larger for the printed verification report. */
export async function thumbnailOf(photoKey: string, bytes: Uint8Array, contentType: string, size = THUMBNAIL_SIZE): Promise<Uint8Array> {
  const key = `${size}:${photoKey}`;
  const cached = cache.get(key);
  if (cached) return cached;
  if (typeof OffscreenCanvas === 'undefined' || typeof createImageBitmap === 'undefined') return bytes;
  try {
    const bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type: contentType }));
    const scale = Math.min(1, size / Math.max(bitmap.width, bitmap.height));
    const canvas = new OffscreenCanvas(Math.max(1, Math.round(bitmap.width * scale)), Math.max(1, Math.round(bitmap.height * scale)));
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const thumbnail = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 })).arrayBuffer());
    if (cache.size >= MAX_CACHE) cache.delete(cache.keys().next().value!);
    cache.set(key, thumbnail);
    return thumbnail;
  } catch {
    // A photo the browser cannot decode (HEIC, damaged): the original bytes, the UI shows what it can.
    return bytes;
  }
}

// SHA-256 of a photo's bytes, hex: stored beside the photo so that a changed or swapped photo shows. WebCrypto is in
// every runtime Landlink runs on (browsers, workers, Node 20, Electron); the pure core's lib does not declare it.
interface SubtleDigest {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = (globalThis as unknown as { crypto?: { subtle?: SubtleDigest } }).crypto?.subtle;
  if (!subtle) throw new Error('WebCrypto (crypto.subtle) is not available in this runtime, so photo hashes cannot be computed');
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

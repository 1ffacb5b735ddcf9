// The part of exifr's API Landlink uses. exifr's own declarations begin with `/// <reference types="node" />`, which
// would let Node's globals into the pure core and the renderer; their tsconfigs map `exifr` to this file instead
// (shared/tsconfig.json, renderer/tsconfig.json "paths"). The CLI and tests see exifr's own declarations.
export interface ExifrOptions {
  tiff?: boolean;
  exif?: boolean;
  gps?: boolean;
  xmp?: boolean;
  icc?: boolean;
  iptc?: boolean;
  jfif?: boolean;
  ihdr?: boolean;
  interop?: boolean;
  makerNote?: boolean;
  userComment?: boolean;
  translateKeys?: boolean;
  translateValues?: boolean;
  reviveValues?: boolean;
  mergeOutput?: boolean;
}

declare const exifr: {
  parse(input: Uint8Array | ArrayBuffer, options?: ExifrOptions): Promise<Record<string, unknown> | undefined>;
};

export default exifr;

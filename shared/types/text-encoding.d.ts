// TextEncoder and TextDecoder exist in every runtime Landlink runs on (browser, worker, Node, Electron), but the
// ECMAScript lib does not declare them. The pure core needs them to read GBK and UTF-8 text from files.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  readonly encoding: string;
  encode(input?: string): Uint8Array;
}

// The part of the `dxf` package (MIT, github.com/skymakerolof/dxf) that shared/formats/dxf uses: parseString and
// the entities it returns. The package ships no type declarations.
declare module 'dxf' {
  export interface DxfPoint { x: number; y: number; z?: number; bulge?: number }
  export interface DxfEntity {
    type: string;
    layer?: string;
    handle?: string;
    closed?: boolean;
    vertices?: DxfPoint[];
    string?: string;
    text?: string;
    x?: number;
    y?: number;
    boundary?: { loops?: { entities?: { type: string; points?: DxfPoint[]; closed?: number | boolean; start?: DxfPoint; end?: DxfPoint }[] }[] };
  }
  export interface ParsedDxf {
    header?: Record<string, unknown>;
    entities: DxfEntity[];
  }
  export function parseString(text: string): ParsedDxf;
}

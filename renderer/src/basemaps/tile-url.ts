// Tile URLs of Landlink's local basemap protocols: `pmtiles://basemap-3/{z}/{x}/{y}`, `mbtiles://basemap-4/{z}/{x}/{y}`.
// The id names a basemap registered in memory; no URL ever names a file path or a host.
export interface TileAddress {
  readonly id: string;
  readonly z: number;
  readonly x: number;
  readonly y: number;
}

export function tileUrlTemplate(scheme: 'pmtiles' | 'mbtiles', id: string): string {
  return `${scheme}://${id}/{z}/{x}/{y}`;
}

export function parseTileUrl(url: string): TileAddress | null {
  const match = /^[a-z]+:\/\/([A-Za-z0-9_-]+)\/(\d+)\/(\d+)\/(\d+)$/.exec(url);
  if (!match) return null;
  return { id: match[1]!, z: Number(match[2]), x: Number(match[3]), y: Number(match[4]) };
}

/** MBTiles stores rows bottom-up (TMS); MapLibre asks top-down (XYZ). The flip is its own inverse. */
export function tmsRow(z: number, y: number): number {
  return 2 ** z - 1 - y;
}

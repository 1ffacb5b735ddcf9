// Reads a CRS as the user types it (`--crs EPSG:4547`, `epsg:4547`, `4547`, `urn:ogc:def:crs:EPSG::4547`).
import type { CrsInfo } from './crs-info';
import { crsByCode } from './crs-registry';

export class UnknownCrsError extends Error {
  readonly messageZh: string;
  constructor(text: string) {
    super(`"${text}" is not a coordinate system Landlink knows; give an EPSG code such as EPSG:4490 (CGCS2000 degrees) or EPSG:4547 (CGCS2000 3° Gauss-Krüger, 114°E).`);
    this.messageZh = `无法识别坐标系“${text}”；请给出 EPSG 代码，例如 EPSG:4490（CGCS2000 经纬度）或 EPSG:4547（CGCS2000 3度带 114°E）。`;
    this.name = 'UnknownCrsError';
  }
}

/** The EPSG code in the text, or undefined when the text is not an EPSG reference (OGC CRS84 counts as 4326). */
export function epsgCodeOf(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^(urn:ogc:def:crs:OGC:[\d.]*:CRS84|OGC:CRS84|CRS84)$/i.test(trimmed)) return 4326;
  const match = /^(?:(?:urn:ogc:def:crs:)?EPSG:{1,2}(?:[\d.]*:)?)?(\d{4,5})$/i.exec(trimmed) ??
    /^https?:\/\/www\.opengis\.net\/def\/crs\/EPSG\/[\d.]+\/(\d{4,5})$/i.exec(trimmed);
  return match ? Number(match[1]) : undefined;
}

/** The known system the text names; throws UnknownCrsError otherwise. */
export function parseCrsCode(text: string): CrsInfo {
  const code = epsgCodeOf(text);
  const crs = code === undefined ? undefined : crsByCode(code);
  if (!crs) throw new UnknownCrsError(text);
  return crs;
}

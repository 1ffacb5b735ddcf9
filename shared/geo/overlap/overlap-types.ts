// Features as the overlap checks take them, and what they report.
import type { MultiPolygon, Point, Polygon } from 'geojson';

export interface PolygonItem {
  /** Business code or fid: how the user finds the feature. */
  readonly id: string | number;
  readonly geometry: Polygon | MultiPolygon;
}

export interface PointItem {
  readonly id: string | number;
  readonly geometry: Point;
}

export interface Overlap {
  readonly a: string | number;
  readonly b: string | number;
  readonly areaM2: number;
  readonly areaMu: number;
  /** A point of the shared part, to zoom to. */
  readonly location: [number, number];
  readonly geometry: Polygon | MultiPolygon;
}

export interface OverlapOptions {
  /** Shared parts smaller than this (m²) are digitising noise along common edges and are ignored. Default 0.1 m². */
  readonly minAreaM2?: number;
}

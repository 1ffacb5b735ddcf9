// Gauss-Krüger plane area (高斯平面面积): the area of the polygon projected into a 3° zone with straight edges, as
// cadastral and design drawings give it. It is larger than the ellipsoidal area away from the central meridian
// (+0.018 % at 1°, +0.041 % at the zone edge at 39°N), so it is for comparison only and always reported with its zone.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { CrsInfo } from '../../crs/crs-info';
import { crsByCode, gaussKrugerProj4 } from '../../crs/crs-registry';
import { threeDegreeZoneOf } from '../../crs/gauss-kruger-zone';
import { transformFromCgcs2000, type ProjectPosition } from '../../crs/transform/from-cgcs2000';

export interface PlaneArea {
  /** Plane area in m². */
  readonly areaM2: number;
  /** The zone it was computed in, e.g. EPSG:4547 (CGCS2000 3° Gauss-Krüger CM 114E). */
  readonly planeCrs: CrsInfo;
}

/** The unprefixed CGCS2000 3° zone whose central meridian is nearest to the longitude. */
export function planeCrsForLongitude(longitude: number): CrsInfo {
  const zone = threeDegreeZoneOf(longitude);
  const known = crsByCode(4534 + zone - 25);
  if (zone >= 25 && zone <= 45 && known) return known;
  const centralMeridian = zone * 3;
  return {
    code: 0,
    name: `CGCS2000 3-degree Gauss-Kruger CM ${centralMeridian}`,
    kind: 'projected',
    datum: 'CGCS2000',
    proj4: gaussKrugerProj4('CGCS2000', centralMeridian, 500_000),
    gaussKruger: { zoneWidth: 3, zone, centralMeridian, prefixed: false, falseEasting: 500_000 },
  };
}

function planeRingArea(ring: readonly Position[], project: ProjectPosition): number {
  let sum = 0;
  const projected = ring.map((p) => project(p[0]!, p[1]!));
  // Shoelace relative to the first vertex keeps the products small (eastings and northings are millions of metres).
  const [x0, y0] = projected[0] ?? [0, 0];
  for (let i = 0; i < projected.length; i++) {
    const [xa, ya] = projected[i]!;
    const [xb, yb] = projected[(i + 1) % projected.length]!;
    sum += (xa - x0) * (yb - y0) - (xb - x0) * (ya - y0);
  }
  return Math.abs(sum) / 2;
}

/**
 * Plane area of a Polygon or MultiPolygon in EPSG:4490 degrees, holes subtracted. The zone is `planeCrs` when given
 * (e.g. the zone the data came in), otherwise the 3° zone of the first vertex.
 */
export function gaussKrugerPlaneArea(geometry: Polygon | MultiPolygon, planeCrs?: CrsInfo): PlaneArea {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const first = polygons[0]?.[0]?.[0];
  const crs = planeCrs ?? planeCrsForLongitude(first?.[0] ?? 114);
  const project = transformFromCgcs2000(crs);
  let area = 0;
  for (const polygon of polygons)
    polygon.forEach((ring, index) => {
      const ringArea = planeRingArea(ring, project);
      area += index === 0 ? ringArea : -ringArea;
    });
  return { areaM2: area, planeCrs: crs };
}

// The county's administrative tiling: a convex county outline (an irregular ellipse about 48 × 34 km, ~1,300 km²),
// ~12 township cells around their seats, and ~300 village cells tiling each township. All in the local plane, convex
// and unwarped; the warp that makes the boundaries natural is applied when features are written.
import { boundingBox, convexHull, insideDistance } from '../geometry/convex';
import { ringArea, type Ring, type XY } from '../geometry/plane';
import { spreadPoints, voronoiCells } from '../geometry/voronoi-tiling';
import { townshipNames, villageNameFactory } from '../names';
import type { Random } from '../prng';

export interface Village {
  readonly code: string;
  readonly name: string;
  readonly township: Township;
  readonly center: XY;
  readonly cell: Ring;
  readonly area: number;
}

export interface Township {
  readonly index: number;
  readonly code: string;
  readonly name: string;
  readonly seat: XY;
  readonly cell: Ring;
  readonly villages: Village[];
}

export interface AdminLayout {
  readonly countyCode: string;
  readonly county: Ring;
  readonly townships: Township[];
  readonly villages: Village[];
}

/** A code outside every real county's range (13 = Hebei, 99 = no such prefecture), so it can never be mistaken. */
export const COUNTY_CODE = '139901';

export function layoutAdminAreas(random: Random, townshipCount = 12, villageTarget = 300): AdminLayout {
  const outline: XY[] = [];
  for (let i = 0; i < 18; i++) {
    const angle = (i / 18) * Math.PI * 2;
    const r = random.range(0.9, 1.06);
    outline.push([Math.cos(angle) * 24000 * r, Math.sin(angle) * 17000 * r]);
  }
  const county = convexHull(outline);
  const countyBox = boundingBox(county);

  // The county town sits a little east of centre, towards the plain; the Taihang hills rise to the west.
  const seats = spreadPoints(townshipCount - 1, (p) => insideDistance(county, p) > 3500 && Math.hypot(p[0] - 3000, p[1]) > 8000, countyBox, random.next);
  seats.unshift([3000, random.range(-1500, 1500)]);
  const names = townshipNames(seats.length, random);
  const townshipCells = voronoiCells(county, seats);
  const countyArea = ringArea(county);
  const nextVillageName = villageNameFactory(random);

  const townships: Township[] = [];
  const villages: Village[] = [];
  townshipCells.forEach((cell, index) => {
    const township: Township = { index, code: `${COUNTY_CODE}${String(index + 1).padStart(3, '0')}`, name: names[index]!, seat: seats[index]!, cell, villages: [] };
    const count = Math.max(8, Math.round((villageTarget * ringArea(cell)) / countyArea));
    const seeds = [township.seat, ...spreadPoints(count - 1, (p) => insideDistance(cell, p) > 300 && Math.hypot(p[0] - township.seat[0], p[1] - township.seat[1]) > 1200, boundingBox(cell), random.next)];
    voronoiCells(cell, seeds).forEach((villageCell, v) => {
      const village: Village = {
        code: `${township.code}${String(v + 1).padStart(3, '0')}`,
        name: nextVillageName(),
        township,
        center: seeds[v]!,
        cell: villageCell,
        area: ringArea(villageCell),
      };
      township.villages.push(village);
      villages.push(village);
    });
    townships.push(township);
  });
  return { countyCode: COUNTY_CODE, county, townships, villages };
}

// The sample county is laid out in a local plane in metres (x east, y north) around its centre, then turned into
// CGCS2000 longitude/latitude with the ellipsoid's radii of curvature: accurate to well under a metre per kilometre,
// which is all a synthetic county needs (reported areas are always computed on the ellipsoid afterwards).
export type XY = [number, number];
export type Ring = XY[];

const A = 6378137;
const F = 1 / 298.257222101;
const E2 = F * (2 - F);

export interface LocalPlane {
  toLonLat(point: XY): [number, number];
}

export function localPlane(originLon: number, originLat: number): LocalPlane {
  const phi = (originLat * Math.PI) / 180;
  const w = Math.sqrt(1 - E2 * Math.sin(phi) ** 2);
  const meridianRadius = (A * (1 - E2)) / w ** 3;
  const primeVerticalRadius = A / w;
  const degree = 180 / Math.PI;
  return {
    toLonLat: ([x, y]) => {
      const lat = originLat + (y / meridianRadius) * degree;
      const lon = originLon + (x / (primeVerticalRadius * Math.cos((lat * Math.PI) / 180))) * degree;
      return [round(lon), round(lat)];
    },
  };
}

/** 1e-8 degrees is about a millimetre: enough precision, and GeoJSON exports stay short. */
function round(value: number): number {
  return Math.round(value * 1e8) / 1e8;
}

export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
  return sum / 2; // positive for counter-clockwise rings
}

export function centroid(ring: Ring): XY {
  let x = 0;
  let y = 0;
  for (const p of ring) {
    x += p[0];
    y += p[1];
  }
  return [x / ring.length, y / ring.length];
}

export function closeRing(ring: Ring): Ring {
  return [...ring, ring[0]!];
}

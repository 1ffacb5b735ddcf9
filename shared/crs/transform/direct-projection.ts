// proj4's converter runs every position through its general pipeline (sanity checks, axis, units, datum, prime
// meridian, object copies), which costs more than the projection maths itself: a 100,000-parcel import spends most
// of its conversion time there. Landlink's projected systems are plain metre grids on the geographic system's own
// ellipsoid, so the pipeline reduces to the projection's own forward/inverse in radians. This module hands back that
// direct call, but only after checking on probe points across the grid that it gives what the converter gives;
// otherwise (units, prime meridian, a datum shift) it returns null and callers keep the converter.
import proj4 from 'proj4';

const RAD_TO_DEG = 180 / Math.PI;
const DEG_TO_RAD = Math.PI / 180;
/** A degree tolerance of ~1 µm on the ground: the direct call must agree to rounding. */
const DEGREE_TOLERANCE = 1e-11;
const METRE_TOLERANCE = 1e-6;

/** The fields of a proj4 projection object this module reads; @types/proj4 does not declare them. */
interface ProjectionObject {
  readonly projName?: string;
  readonly to_meter?: number;
  readonly from_greenwich?: number;
  readonly axis?: string;
  readonly long0?: number;
  readonly x0?: number;
  forward(point: { x: number; y: number }): { x: number; y: number } | null;
  inverse(point: { x: number; y: number }): { x: number; y: number } | null;
}

export type PlanarToDegrees = (x: number, y: number) => [number, number];
export type DegreesToPlanar = (longitude: number, latitude: number) => [number, number];

function plainProjection(definition: string): ProjectionObject | null {
  const projection = proj4.Proj(definition) as unknown as ProjectionObject;
  if (projection.projName === 'longlat') return null;
  if (projection.to_meter !== undefined && projection.to_meter !== 1) return null;
  if (projection.from_greenwich) return null;
  if (projection.axis !== undefined && projection.axis !== 'enu') return null;
  return projection;
}

/** Probe positions in degrees around the projection's central meridian, from south China to the north. */
function probeDegrees(projection: ProjectionObject): [number, number][] {
  const centre = (projection.long0 ?? 0) * RAD_TO_DEG;
  const probes: [number, number][] = [];
  for (const dLon of [-1.4, 0, 0.9]) for (const lat of [18.5, 31.25, 44.7]) probes.push([centre + dLon, lat]);
  return probes;
}

/** The projection's inverse as a direct call, or null where it would not match `definition` → CGCS2000 degrees. */
export function directInverse(definition: string, geographic: string): PlanarToDegrees | null {
  const projection = plainProjection(definition);
  if (!projection) return null;
  const converter = proj4(definition, geographic);
  const direct: PlanarToDegrees = (x, y) => {
    const p = projection.inverse({ x, y });
    return p ? [p.x * RAD_TO_DEG, p.y * RAD_TO_DEG] : [NaN, NaN];
  };
  for (const degrees of probeDegrees(projection)) {
    const [x, y] = converter.inverse(degrees) as [number, number];
    const expected = converter.forward([x, y]) as [number, number];
    const actual = direct(x, y);
    if (!(Math.abs(actual[0] - expected[0]) <= DEGREE_TOLERANCE && Math.abs(actual[1] - expected[1]) <= DEGREE_TOLERANCE)) return null;
  }
  return direct;
}

/** The projection's forward as a direct call, or null where it would not match CGCS2000 degrees → `definition`. */
export function directForward(definition: string, geographic: string): DegreesToPlanar | null {
  const projection = plainProjection(definition);
  if (!projection) return null;
  const converter = proj4(geographic, definition);
  const direct: DegreesToPlanar = (longitude, latitude) => {
    const p = projection.forward({ x: longitude * DEG_TO_RAD, y: latitude * DEG_TO_RAD });
    return p ? [p.x, p.y] : [NaN, NaN];
  };
  for (const [longitude, latitude] of probeDegrees(projection)) {
    const expected = converter.forward([longitude, latitude]) as [number, number];
    const actual = direct(longitude, latitude);
    if (!(Math.abs(actual[0] - expected[0]) <= METRE_TOLERANCE && Math.abs(actual[1] - expected[1]) <= METRE_TOLERANCE)) return null;
  }
  return direct;
}

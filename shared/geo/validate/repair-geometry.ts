// Automatic repair of what can be fixed without changing what the parcel means: closing rings, removing duplicate and
// spike vertices, rewinding rings, dropping degenerate holes. Self-intersections and holes outside shells are left
// alone (fixing them means deciding which part is the parcel: a person must do that) and stay in the problem list.
import type { Geometry, Position } from 'geojson';
import { duplicateVertexIndexes } from './check-duplicate-vertices';
import { isRingClosed } from './check-ring-closure';
import { hasExpectedOrientation } from './check-ring-orientation';
import { distinctVertexCount } from './check-ring-point-count';
import { spikeVertexIndexes } from './check-spikes';
import { formatLocation, type GeometryProblem } from './geometry-problem';
import { validateGeometry } from './validate-geometry';
import { DEFAULT_VALIDATION_OPTIONS, type ValidationOptions } from './validation-options';

export interface RepairAction {
  readonly code: 'closed_ring' | 'removed_duplicate_vertex' | 'removed_spike' | 'reversed_ring' | 'dropped_degenerate_hole';
  readonly message: string;
  readonly messageZh: string;
  readonly location?: [number, number];
}

export interface RepairResult<G extends Geometry = Geometry> {
  readonly geometry: G;
  readonly repairs: RepairAction[];
  /** Problems still present after repair (for example self-intersections), from validateGeometry. */
  readonly remaining: GeometryProblem[];
}

const at = (p: Position): [number, number] => [p[0]!, p[1]!];

function repairRing(input: Position[], isShell: boolean, options: Required<ValidationOptions>, repairs: RepairAction[]): Position[] | undefined {
  let ring = input.map((p) => [...p]);
  if (ring.length > 0 && !isRingClosed(ring)) {
    ring.push([...ring[0]!]);
    repairs.push({ code: 'closed_ring', message: `Closed a ring that started at ${formatLocation(ring[0]!)}.`, messageZh: `已闭合起点为 ${formatLocation(ring[0]!)} 的环。`, location: at(ring[0]!) });
  }
  // Removing one spike can expose another (a spike two vertices long): repeat until none is left.
  for (let guard = 0; guard < input.length; guard++) {
    const spikes = spikeVertexIndexes(ring, options.spikeAngleDeg);
    if (spikes.length === 0 || ring.length <= 4) break;
    const i = spikes[0]!;
    repairs.push({ code: 'removed_spike', message: `Removed a spike vertex at ${formatLocation(ring[i]!)}.`, messageZh: `已删除 ${formatLocation(ring[i]!)} 处的尖刺顶点。`, location: at(ring[i]!) });
    const open = ring.slice(0, -1);
    open.splice(i, 1);
    ring = [...open, [...open[0]!]];
  }
  const duplicates = new Set(duplicateVertexIndexes(ring, options.duplicateToleranceM));
  if (duplicates.size > 0) {
    for (const i of duplicates) repairs.push({ code: 'removed_duplicate_vertex', message: `Removed a duplicate vertex at ${formatLocation(ring[i]!)}.`, messageZh: `已删除 ${formatLocation(ring[i]!)} 处的重复顶点。`, location: at(ring[i]!) });
    ring = ring.filter((_, i) => !duplicates.has(i));
  }
  if (distinctVertexCount(ring) < 3) {
    if (isShell) return ring; // a degenerate shell cannot be repaired automatically; validation reports it
    repairs.push({ code: 'dropped_degenerate_hole', message: `Dropped a hole with fewer than 3 vertices near ${formatLocation(ring[0] ?? [0, 0])}.`, messageZh: `已删除 ${formatLocation(ring[0] ?? [0, 0])} 附近顶点少于 3 个的内环。`, ...(ring[0] ? { location: at(ring[0]) } : {}) });
    return undefined;
  }
  if (options.checkOrientation && !hasExpectedOrientation(ring, isShell)) {
    ring.reverse();
    repairs.push({ code: 'reversed_ring', message: `Reversed ${isShell ? 'an outer ring to counter-clockwise' : 'a hole to clockwise'} (RFC 7946).`, messageZh: `已将${isShell ? '外环改为逆时针' : '内环改为顺时针'}（RFC 7946）。`, location: at(ring[0]!) });
  }
  return ring;
}

function repairPolygon(rings: Position[][], options: Required<ValidationOptions>, repairs: RepairAction[]): Position[][] {
  const out: Position[][] = [];
  rings.forEach((ring, index) => {
    const repaired = repairRing(ring, index === 0, options, repairs);
    if (repaired) out.push(repaired);
  });
  return out;
}

/** The geometry with safe repairs applied, and a report of each repair. The input is not modified. */
export function repairGeometry<G extends Geometry>(geometry: G, options: ValidationOptions = {}): RepairResult<G> {
  const settings = { ...DEFAULT_VALIDATION_OPTIONS, ...options };
  const repairs: RepairAction[] = [];
  const repair = (g: Geometry): Geometry => {
    switch (g.type) {
      case 'Polygon':
        return { ...g, coordinates: repairPolygon(g.coordinates, settings, repairs) };
      case 'MultiPolygon':
        return { ...g, coordinates: g.coordinates.map((polygon) => repairPolygon(polygon, settings, repairs)) };
      case 'GeometryCollection':
        return { ...g, geometries: g.geometries.map(repair) };
      default:
        return g;
    }
  };
  const repaired = repair(geometry) as G;
  return { geometry: repaired, repairs, remaining: validateGeometry(repaired, options) };
}

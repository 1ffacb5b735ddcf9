// Reclaimed parcels: 0.3–150 mu (median ~5 mu) of old homestead land around their villages, aligned like the
// fields around them, never overlapping each other or the resettlement sites. The default county stops at a total
// of 3,000–4,500 mu in 80–120 villages; `count` asks for exactly that many parcels over every village instead,
// shrinking them so that 100,000 still fit the county.
import { boundingBox, insideDistance } from '../geometry/convex';
import type { CirclePacking } from '../geometry/circle-packing';
import type { XY } from '../geometry/plane';
import { muToSquareMetres, squareMetresToMu } from '../../shared/domain/units';
import type { ParcelStatus } from '../../shared/domain/enums';
import { CONTRACTORS } from '../names';
import type { Random } from '../prng';
import type { AdminLayout, Village } from './admin-layout';
import { planOfTownship, type LinkagePlan } from './linkage-plan';
import { fieldShape, shapeSize, type PlacedShape } from './shapes';

export interface SampleParcel {
  readonly code: string;
  readonly shape: PlacedShape;
  readonly village: Village;
  readonly plan: LinkagePlan;
  readonly status: ParcelStatus;
  readonly startYear: number;
  /** Area in the local plane: for bookkeeping only, the stored area is computed on the ellipsoid. */
  readonly planeAreaMu: number;
  readonly properties: Record<string, unknown>;
}

export interface ParcelOptions {
  /** Exact number of parcels (benchmarks); otherwise the county gets 3,000–4,500 mu. */
  readonly count?: number;
}

const MEDIAN_MU = 5;
const SIGMA = 0.95;
const MEAN_M2 = muToSquareMetres(MEDIAN_MU * Math.exp((SIGMA * SIGMA) / 2));

export function placeParcels(layout: AdminLayout, plans: readonly LinkagePlan[], packing: CirclePacking, random: Random, options: ParcelOptions = {}): SampleParcel[] {
  const scaled = options.count !== undefined && options.count > 1500;
  const villages = scaled ? layout.villages : random.shuffle([...layout.villages]).slice(0, random.int(80, 120));
  const weight = new Map(villages.map((v) => [v, random.range(0.3, 1)]));
  const orientation = new Map(villages.map((v) => [v, random.range(0, Math.PI)]));
  const countyArea = layout.villages.reduce((sum, v) => sum + v.area, 0);
  // Keep 100k parcels to ~12 % of the county so they fit without touching.
  const sizeScale = options.count ? Math.min(1, (0.12 * countyArea) / (options.count * MEAN_M2)) : 1;
  // Planar target; warping and corner cuts make the ellipsoidal total land a little higher, within 3,000–4,500 mu.
  const targetMu = random.range(3300, 3800);

  const parcels: SampleParcel[] = [];
  let totalMu = 0;
  let failures = 0;
  const wanted = () => (options.count !== undefined ? parcels.length < options.count : totalMu < targetMu);
  while (wanted() && failures < 20000 + (options.count ?? 0) * 5) {
    const village = random.weighted(villages, (v) => weight.get(v)!);
    const areaMu = Math.min(140, Math.max(0.35, random.logNormal(MEDIAN_MU, SIGMA))) * sizeScale;
    const spec = { area: muToSquareMetres(areaMu), aspect: random.range(1, 2.6), angle: orientation.get(village)! + random.normal(0, 0.12) };
    const { radius } = shapeSize(spec);
    const center = findSpot(village, radius, packing, random, scaled);
    if (!center) {
      failures++;
      continue;
    }
    const shape = fieldShape(center, spec, random);
    packing.add(center, shape.radius);
    const plan = planOfTownship(plans, village.township);
    const index = parcels.length + 1;
    const code = `FK-${String(index).padStart(6, '0')}`;
    const status = random.weighted(Object.keys(plan.statusWeights) as ParcelStatus[], (s) => plan.statusWeights[s]);
    const startYear = plan.year + random.int(0, 1);
    parcels.push({ code, shape, village, plan, status, startYear, planeAreaMu: squareMetresToMu(spec.area), properties: parcelProperties(code, village, plan, status, startYear, center, random) });
    totalMu += areaMu;
  }
  return parcels;
}

function findSpot(village: Village, radius: number, packing: CirclePacking, random: Random, uniform: boolean): XY | null {
  const spread = Math.sqrt(village.area);
  const box = boundingBox(village.cell);
  for (let attempt = 0; attempt < 30; attempt++) {
    const center: XY = uniform && attempt % 2 === 1
      ? [random.range(box[0], box[2]), random.range(box[1], box[3])]
      : [village.center[0] + random.normal(0, spread * (0.12 + 0.03 * attempt)), village.center[1] + random.normal(0, spread * (0.12 + 0.03 * attempt))];
    if (insideDistance(village.cell, center) > radius + 8 && packing.fits(center, radius, 6)) return center;
  }
  return null;
}

function parcelProperties(code: string, village: Village, plan: LinkagePlan, status: ParcelStatus, startYear: number, center: XY, random: Random): Record<string, unknown> {
  const hills = center[0] < -8000; // the western townships climb into the Taihang foothills
  const targetClass = hills
    ? random.weighted(['0103', '0305', '0307', '0404', '0201'], (c) => ({ '0103': 60, '0305': 12, '0307': 10, '0404': 15, '0201': 3 })[c]!)
    : random.weighted(['0103', '0102', '0404', '0201'], (c) => ({ '0103': 88, '0102': 5, '0404': 4, '0201': 3 })[c]!);
  const started = status !== 'planned';
  const finished = status === 'completed' || status === 'accepted' || status === 'filed';
  const month = random.int(3, 9);
  const completionMonth = Math.min(12, month + random.int(3, 7));
  return {
    code,
    project_code: plan.code,
    township: village.township.name,
    village: village.name,
    original_class: random.weighted(['0702', '1006', '1201', '0601'], (c) => ({ '0702': 80, '1006': 8, '1201': 8, '0601': 4 })[c]!),
    target_class: targetClass,
    status,
    contractor: started ? random.pick(CONTRACTORS) : null,
    start_date: started ? date(startYear, month, random.int(1, 28)) : null,
    completion_date: finished ? date(startYear, completionMonth, random.int(1, 28)) : null,
    acceptance_doc: status === 'accepted' || status === 'filed' ? `示县复验〔${startYear + 1}〕${random.int(1, 60)}号（虚构）` : null,
  };
}

function date(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

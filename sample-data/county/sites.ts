// Resettlement sites and the construction plots (建新区) they were built on. One county-town site holds ~70 % of the
// ~3,800 relocated households on 150–300 mu; the other 7–11 sites sit by market towns or central villages with
// 60–600 households on 10–60 mu each. Each site's land is a construction plot of a linkage project; the county-town
// site was built with quota from every project, so its land is split into one strip per project.
import { clipByHalfPlane } from '../geometry/convex';
import type { CirclePacking } from '../geometry/circle-packing';
import type { Ring, XY } from '../geometry/plane';
import type { Random } from '../prng';
import { muToSquareMetres } from '../../shared/domain/units';
import type { AdminLayout, Township, Village } from './admin-layout';
import { planOfTownship, type LinkagePlan } from './linkage-plan';
import { fieldShape, type PlacedShape } from './shapes';

export interface SampleSite {
  readonly code: string;
  readonly shape: PlacedShape;
  readonly township: Township;
  readonly village: Village;
  readonly properties: Record<string, unknown>;
}

export interface SamplePlot {
  readonly ring: Ring;
  readonly properties: Record<string, unknown>;
}

export function placeSites(layout: AdminLayout, plans: readonly LinkagePlan[], packing: CirclePacking, random: Random): { sites: SampleSite[]; plots: SamplePlot[] } {
  const siteCount = random.int(8, 12);
  const others = random.shuffle(layout.townships.slice(1)).slice(0, siteCount - 1);
  const hosts = [layout.townships[0]!, ...others];
  const totalHouseholds = random.int(3600, 4000);
  const countyHouseholds = Math.round(totalHouseholds * random.range(0.68, 0.72));
  const smallShares = others.map(() => random.range(0.2, 1));
  const shareSum = smallShares.reduce((a, b) => a + b, 0);

  const sites: SampleSite[] = [];
  const plots: SamplePlot[] = [];
  hosts.forEach((township, i) => {
    const countyTown = i === 0;
    const households = countyTown ? countyHouseholds : Math.max(60, Math.min(600, Math.round(((totalHouseholds - countyHouseholds) * smallShares[i - 1]!) / shareSum)));
    const areaMu = countyTown ? random.range(200, 290) : Math.min(60, Math.max(12, households * random.range(0.11, 0.16)));
    const centralVillage = !countyTown && random.chance(0.35);
    const village = centralVillage ? random.pick(township.villages.slice(1).length ? township.villages.slice(1) : township.villages) : township.villages[0]!;
    const shape = placeNear(village.center, muToSquareMetres(areaMu), village, packing, random);
    const persons = Math.round(households * random.range(2.45, 2.75));
    const laborers = Math.round(persons * random.range(0.5, 0.58));
    const code = `AZ-${String(i + 1).padStart(2, '0')}`;
    const stem = township.name.replace(/[镇乡]$/, '');
    const name = countyTown ? '幸福家园安置区' : centralVillage ? `${village.name.replace(/村$/, '')}中心村安置点` : `${stem}新区安置点`;
    sites.push({
      code,
      shape,
      township,
      village,
      properties: {
        code,
        name,
        township: township.name,
        village: village.name,
        site_type: countyTown ? 'county_town' : centralVillage ? 'central_village' : 'market_town',
        households,
        persons,
        registered_poor: Math.round(persons * random.range(0.38, 0.46)),
        laborers,
        laborers_employed: Math.round(laborers * random.range(0.86, 0.97)),
        facilities: facilities(countyTown, households, name, random),
        industrial_park: countyTown ? '示例县易地扶贫搬迁产业园（虚构）' : `${name.replace(/安置点$/, '')}扶贫车间`,
        jobs: countyTown ? random.int(1000, 1600) : random.int(30, 180),
        completion_date: `${random.pick([2018, 2019, 2019, 2020])}-${String(random.int(3, 11)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      },
    });
    // The land each site was built on: one plot, or one strip per linkage project for the county-town site.
    const owners = countyTown ? plans : [planOfTownship(plans, township)];
    splitAlongAxis(shape, owners.length).forEach((ring, k) => {
      const plan = owners[k]!;
      plots.push({
        ring,
        properties: {
          code: `JX-${String(plots.length + 1).padStart(3, '0')}`,
          project_code: plan.code,
          township: township.name,
          village: village.name,
          site_code: code,
          status: plan.ordinal === plans.length - 1 && !countyTown ? 'approved' : 'built',
          approval_date: `${plan.year}-${String(random.int(4, 9)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
        },
      });
    });
  });
  return { sites, plots };
}

function placeNear(target: XY, area: number, village: Village, packing: CirclePacking, random: Random): PlacedShape {
  for (let attempt = 0; attempt < 400; attempt++) {
    const distance = 250 + attempt * 8;
    const angle = random.range(0, Math.PI * 2);
    const center: XY = [target[0] + Math.cos(angle) * distance, target[1] + Math.sin(angle) * distance];
    const shape = fieldShape(center, { area, aspect: random.range(1.1, 1.7), angle: random.range(-0.4, 0.4) }, random);
    if (packing.fits(center, shape.radius, 40) && village.cell.length > 2 && insideCell(village.cell, center, shape.radius + 20)) {
      packing.add(center, shape.radius);
      return shape;
    }
  }
  throw new Error(`no room for a resettlement site in ${village.name}`);
}

function insideCell(cell: Ring, p: XY, margin: number): boolean {
  for (let i = 0; i < cell.length; i++) {
    const a = cell[i]!;
    const b = cell[(i + 1) % cell.length]!;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (length > 0 && ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])) / length < margin) return false;
  }
  return true;
}

/** Cuts a convex shape into `parts` strips across its long axis. */
function splitAlongAxis(shape: PlacedShape, parts: number): Ring[] {
  if (parts <= 1) return [shape.ring];
  const axis: XY = [Math.cos(shape.core.angle), Math.sin(shape.core.angle)];
  const projections = shape.ring.map((p) => p[0] * axis[0] + p[1] * axis[1]);
  const min = Math.min(...projections);
  const max = Math.max(...projections);
  const strips: Ring[] = [];
  for (let k = 0; k < parts; k++) {
    const lo = min + ((max - min) * k) / parts;
    const hi = min + ((max - min) * (k + 1)) / parts;
    let ring = clipByHalfPlane(shape.ring, axis, hi);
    ring = clipByHalfPlane(ring, [-axis[0], -axis[1]], -lo);
    strips.push(ring);
  }
  return strips;
}

function facilities(countyTown: boolean, households: number, siteName: string, random: Random): { type: string; name: string; count: number }[] {
  const base = siteName.replace(/(安置区|安置点)$/, '');
  const list = [
    { type: 'kindergarten', name: `${base}幼儿园`, count: countyTown ? 2 : 1 },
    { type: 'clinic', name: countyTown ? `${base}社区卫生服务中心` : `${base}卫生室`, count: 1 },
    { type: 'elderly_care', name: `${base}日间照料中心`, count: 1 },
    { type: 'community_service', name: `${base}社区服务中心`, count: 1 },
  ];
  if (countyTown) list.unshift({ type: 'primary_school', name: `${base}小学`, count: 2 }, { type: 'middle_school', name: `${base}中学`, count: 1 });
  else if (households > 300 || random.chance(0.3)) list.unshift({ type: 'primary_school', name: `${base}小学`, count: 1 });
  return list;
}

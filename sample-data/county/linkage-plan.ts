// 3–5 linkage projects, each covering a band of neighbouring townships, approved a year or two apart from 2017.
// Older projects are further along: most of their parcels are accepted or filed; the newest is still being built.
import type { ParcelStatus } from '../../shared/domain/enums';
import type { Random } from '../prng';
import type { Township } from './admin-layout';

export interface LinkagePlan {
  readonly code: string;
  readonly name: string;
  readonly ordinal: number;
  readonly year: number;
  readonly townships: Township[];
  readonly statusWeights: Readonly<Record<ParcelStatus, number>>;
}

const STATUS_BY_AGE: Record<ParcelStatus, number>[] = [
  { planned: 0, in_progress: 0, completed: 0.03, accepted: 0.22, filed: 0.75 },
  { planned: 0, in_progress: 0.03, completed: 0.07, accepted: 0.35, filed: 0.55 },
  { planned: 0, in_progress: 0.05, completed: 0.12, accepted: 0.48, filed: 0.35 },
  { planned: 0.05, in_progress: 0.12, completed: 0.18, accepted: 0.45, filed: 0.2 },
  { planned: 0.15, in_progress: 0.25, completed: 0.2, accepted: 0.35, filed: 0.05 },
];

const ORDINALS = ['一', '二', '三', '四', '五'];

export function planLinkageProjects(townships: readonly Township[], random: Random): LinkagePlan[] {
  const count = random.int(3, 5);
  const byLongitude = [...townships].sort((a, b) => a.seat[0] - b.seat[0]);
  const plans: LinkagePlan[] = [];
  let year = 2017;
  for (let i = 0; i < count; i++) {
    const from = Math.round((i * byLongitude.length) / count);
    const to = Math.round(((i + 1) * byLongitude.length) / count);
    const age = Math.round((i * (STATUS_BY_AGE.length - 1)) / Math.max(1, count - 1));
    plans.push({
      code: `GG-${year}-${String(i + 1).padStart(2, '0')}`,
      name: `示例县${year}年城乡建设用地增减挂钩项目（第${ORDINALS[i]}批，虚构）`,
      ordinal: i,
      year,
      townships: byLongitude.slice(from, to),
      statusWeights: STATUS_BY_AGE[age]!,
    });
    year += random.int(1, 2);
  }
  return plans;
}

export function planOfTownship(plans: readonly LinkagePlan[], township: Township): LinkagePlan {
  return plans.find((plan) => plan.townships.includes(township)) ?? plans[0]!;
}

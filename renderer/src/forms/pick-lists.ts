// Pick-lists for place columns: townships and villages come from the project's own admin_areas (level township /
// village), so a parcel's village is always one the county knows. Villages narrow to the chosen township.
import type { ProjectView } from '../worker/project-protocol';

interface AdminArea {
  readonly code: string;
  readonly name: string;
  readonly level: string;
  readonly parentCode: string | null;
}

function adminAreas(view: ProjectView | undefined): AdminArea[] {
  const features = view?.layers.find((l) => l.table === 'admin_areas')?.features.features ?? [];
  return features.map((f) => ({
    code: String(f.properties?.code ?? ''),
    name: String(f.properties?.name ?? ''),
    level: String(f.properties?.level ?? ''),
    parentCode: f.properties?.parent_code == null ? null : String(f.properties.parent_code),
  }));
}

const byName = new Intl.Collator('zh-CN').compare;

/** Names to pick from for `column`, or null when the column has no pick-list. `township` narrows the villages. */
export function placeOptions(view: ProjectView | undefined, column: string, township?: string | null): string[] | null {
  if (column !== 'village' && column !== 'township') return null;
  const areas = adminAreas(view);
  if (column === 'township') return [...new Set(areas.filter((a) => a.level === 'township').map((a) => a.name))].sort(byName);
  const townshipCodes = township ? new Set(areas.filter((a) => a.level === 'township' && a.name === township).map((a) => a.code)) : null;
  const villages = areas.filter((a) => a.level === 'village' && (!townshipCodes?.size || (a.parentCode !== null && townshipCodes.has(a.parentCode))));
  return [...new Set(villages.map((a) => a.name))].sort(byName);
}

// The coordinate systems a user can choose in the import wizard and the export dialog, grouped for a <select>: the
// registry's systems (knownCrs) by datum and zone family, geographic systems first.
import type { CrsInfo } from '../../../shared/crs/crs-info';
import { knownCrs } from '../../../shared/crs/crs-registry';

export interface CrsGroup {
  readonly key: string;
  readonly label: { readonly zh: string; readonly en: string };
  readonly systems: readonly CrsInfo[];
}

const DATUM_ZH: Record<CrsInfo['datum'], string> = { CGCS2000: 'CGCS2000', Xian1980: '西安 1980', Beijing1954: '北京 1954', WGS84: 'WGS 84' };

function groupKey(crs: CrsInfo): string {
  if (!crs.gaussKruger) return 'geographic';
  const gk = crs.gaussKruger;
  return `${crs.datum}-${gk.zoneWidth}-${gk.prefixed ? 'prefixed' : 'plain'}`;
}

function groupLabel(crs: CrsInfo): CrsGroup['label'] {
  if (!crs.gaussKruger) return { zh: '地理坐标与其他', en: 'Geographic and other' };
  const gk = crs.gaussKruger;
  return {
    zh: `${DATUM_ZH[crs.datum]} 高斯-克吕格 ${gk.zoneWidth}° 带${gk.prefixed ? '（带号前缀）' : '（无带号）'}`,
    en: `${crs.datum} Gauss-Krüger ${gk.zoneWidth}° zones${gk.prefixed ? ' (zone prefix)' : ' (no prefix)'}`,
  };
}

/** Every known system, grouped; `include` narrows the list (the export dialog offers CGCS2000 only). */
export function crsGroups(include: (crs: CrsInfo) => boolean = () => true): CrsGroup[] {
  const groups = new Map<string, { key: string; label: CrsGroup['label']; systems: CrsInfo[] }>();
  for (const crs of [...knownCrs()].filter(include).sort((a, b) => a.code - b.code)) {
    const key = groupKey(crs);
    const group = groups.get(key) ?? { key, label: groupLabel(crs), systems: [] };
    group.systems.push(crs);
    groups.set(key, group);
  }
  const geographic = groups.get('geographic');
  return [...(geographic ? [geographic] : []), ...[...groups.values()].filter((g) => g.key !== 'geographic')];
}

export function crsOptionLabel(crs: CrsInfo): string {
  return `EPSG:${crs.code} ${crs.name}`;
}

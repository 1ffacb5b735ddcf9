// The warning attached to Xian 1980 and Beijing 1954: their coordinates differ from CGCS2000 by tens of metres, and
// only official (provincial) conversion parameters close that gap. Landlink never relabels them silently.
import type { BilingualText, Datum } from './crs-info';

export function datumWarning(datum: Datum): BilingualText | undefined {
  if (datum === 'Xian1980')
    return {
      en: 'Xian 1980 coordinates differ from CGCS2000 by tens of metres; converting them needs official parameters from the provincial surveying authority. Landlink projects them on their own ellipsoid only, so positions may be off by that much (areas change very little).',
      zh: '西安80坐标与CGCS2000相差可达数十米，转换需使用省级测绘主管部门提供的官方参数。Landlink 仅在其自身椭球上反算经纬度，位置可能偏差数十米（面积影响很小）。',
    };
  if (datum === 'Beijing1954')
    return {
      en: 'Beijing 1954 coordinates differ from CGCS2000 by tens of metres; converting them needs official parameters from the provincial surveying authority. Landlink projects them on their own ellipsoid only, so positions may be off by that much (areas change very little).',
      zh: '北京54坐标与CGCS2000相差可达数十米，转换需使用省级测绘主管部门提供的官方参数。Landlink 仅在其自身椭球上反算经纬度，位置可能偏差数十米（面积影响很小）。',
    };
  return undefined;
}

// GGA fix quality codes (NMEA 0183 4.x): what kind of position the receiver has, from none to RTK fixed. The code
// decides how far a position can be trusted, so the field form shows it beside every recorded point.
export type FixQuality = 'none' | 'gps' | 'dgps' | 'pps' | 'rtk' | 'float-rtk' | 'estimated' | 'manual' | 'simulation';

const BY_CODE: readonly FixQuality[] = ['none', 'gps', 'dgps', 'pps', 'rtk', 'float-rtk', 'estimated', 'manual', 'simulation'];

export function fixQualityOf(code: number): FixQuality {
  return BY_CODE[code] ?? 'none';
}

export const FIX_QUALITY_LABELS: Readonly<Record<FixQuality, { readonly zh: string; readonly en: string }>> = {
  none: { zh: '无定位', en: 'No fix' },
  gps: { zh: '单点定位', en: 'GPS (autonomous)' },
  dgps: { zh: '差分定位', en: 'Differential (DGPS/SBAS)' },
  pps: { zh: 'PPS 定位', en: 'PPS' },
  rtk: { zh: 'RTK 固定解', en: 'RTK fixed' },
  'float-rtk': { zh: 'RTK 浮点解', en: 'RTK float' },
  estimated: { zh: '推算定位', en: 'Dead reckoning (estimated)' },
  manual: { zh: '手动输入', en: 'Manual input' },
  simulation: { zh: '模拟', en: 'Simulation' },
};

// Decides the coordinate system of incoming data: from --crs, from the .prj, or from the numbers themselves, and says
// how it decided (in English and Chinese). When the numbers cannot tell (unprefixed Gauss-Krüger without a .prj,
// degrees out of range), it refuses with a message that says what to give instead, rather than guess.
import type { BilingualText, CrsInfo } from '../crs-info';
import { crsLabel } from '../crs-info';
import { crsByCode } from '../crs-registry';
import { crsFromPrj } from '../prj/crs-from-prj';
import type { CoordinateBounds } from './coordinate-bounds';
import {
  CHINA_LATITUDE,
  CHINA_LONGITUDE,
  fitsCrs,
  NORTHING,
  UNPREFIXED_EASTING,
  WEB_MERCATOR_CHINA_X,
  WEB_MERCATOR_CHINA_Y,
  within,
  zonePrefix,
} from './coordinate-ranges';

export interface CrsDecision {
  readonly ok: true;
  readonly crs: CrsInfo;
  /** True when the first coordinate is the northing (or latitude): Chinese survey tables list X = northing first. */
  readonly axisSwapped: boolean;
  readonly how: BilingualText;
  /** E.g. the Xian 1980 / Beijing 1954 datum warning. */
  readonly warnings: readonly BilingualText[];
}

export interface CrsRefusal {
  readonly ok: false;
  readonly reason: BilingualText;
}

export interface CrsDetectionInput {
  /** Raw bounds of the data's coordinates; undefined for a layer without coordinates. */
  readonly bounds: CoordinateBounds | undefined;
  /** WKT of a .prj beside the data, or a GeoJSON `crs` member's name. */
  readonly prj?: string;
  /** The system the user gave (`--crs`); it wins over the .prj. */
  readonly declared?: CrsInfo;
  /** Who declared it, for the explanation; default `--crs`. E.g. the file's own EPSG reference. */
  readonly declaredBy?: BilingualText;
}

const describeBounds = (b: CoordinateBounds) =>
  `x ${fmt(b.minX)}…${fmt(b.maxX)}, y ${fmt(b.minY)}…${fmt(b.maxY)}`;
const fmt = (v: number) => (Math.abs(v) >= 1000 ? v.toFixed(0) : String(Number(v.toPrecision(8))));

function decided(crs: CrsInfo, axisSwapped: boolean, how: BilingualText): CrsDecision {
  const swap: BilingualText = axisSwapped
    ? { en: ' The first coordinate is the northing (X = north, as in Chinese survey tables), so the axes are swapped.', zh: '第一个坐标为北坐标（X 为纵轴，符合我国测量习惯），已交换坐标轴。' }
    : { en: '', zh: '' };
  return {
    ok: true,
    crs,
    axisSwapped,
    how: { en: how.en + swap.en, zh: how.zh + swap.zh },
    warnings: crs.datumWarning ? [crs.datumWarning] : [],
  };
}

function refuse(en: string, zh: string): CrsRefusal {
  return { ok: false, reason: { en, zh } };
}

/** Which axis order (if any) fits the system: false = x is easting/longitude, true = swapped. */
function axisOrderFitting(crs: CrsInfo, b: CoordinateBounds): boolean | undefined {
  const straight = fitsCrs(crs, b.minX, b.maxX, b.minY, b.maxY);
  const swapped = fitsCrs(crs, b.minY, b.maxY, b.minX, b.maxX);
  if (crs.kind === 'geographic' && straight && swapped)
    // Both fit as degrees: in China, longitudes (70–140) exceed latitudes (0–56).
    return within(CHINA_LATITUDE, b.minX, b.maxX) && within(CHINA_LONGITUDE, b.minY, b.maxY) && !within(CHINA_LONGITUDE, b.minX, b.maxX);
  if (straight) return false;
  if (swapped) return true;
  return undefined;
}

function fromKnownCrs(crs: CrsInfo, b: CoordinateBounds | undefined, source: BilingualText): CrsDecision | CrsRefusal {
  if (!b) return decided(crs, false, source);
  const swapped = axisOrderFitting(crs, b);
  if (swapped === undefined)
    return refuse(
      `The coordinates (${describeBounds(b)}) do not fit ${crsLabel(crs)} (${crs.name}) given by ${source.en}; check the data or give the right system with --crs EPSG:n.`,
      `坐标（${describeBounds(b)}）不符合${source.zh}给出的 ${crsLabel(crs)}（${crs.name}）；请检查数据，或用 --crs EPSG:n 指定正确的坐标系。`,
    );
  return decided(crs, swapped, {
    en: `${crsLabel(crs)} (${crs.name}), as given by ${source.en}; the coordinates fit it.`,
    zh: `${crsLabel(crs)}（${crs.name}），由${source.zh}给出，坐标与之相符。`,
  });
}

function fromNumbers(b: CoordinateBounds): CrsDecision | CrsRefusal {
  const geographic = crsByCode(4490)!;
  const swappedDegrees = axisOrderFitting(geographic, b);
  if (swappedDegrees !== undefined)
    return decided(geographic, swappedDegrees, {
      en: `EPSG:4490 (CGCS2000 degrees): no .prj, and every coordinate is a valid longitude/latitude (${describeBounds(b)}); CGCS2000 and WGS84 degrees differ by less than a metre.`,
      zh: `EPSG:4490（CGCS2000 经纬度）：无 .prj，且所有坐标均为有效经纬度（${describeBounds(b)}）；CGCS2000 与 WGS84 经纬度相差不到 1 米。`,
    });

  for (const swapped of [false, true]) {
    const [minE, maxE, minN, maxN] = swapped ? [b.minY, b.maxY, b.minX, b.maxX] : [b.minX, b.maxX, b.minY, b.maxY];
    if (!within(NORTHING, minN, maxN)) continue;
    const zone = zonePrefix(minE, maxE);
    if (zone !== undefined && zone >= 25) {
      const crs = crsByCode(4513 + zone - 25)!;
      return decided(crs, swapped, {
        en: `EPSG:${crs.code} (${crs.name}): no .prj; the eastings start with the zone number ${zone} (3° zone, central meridian ${zone * 3}°E) and the northings (${fmt(minN)}…${fmt(maxN)} m) lie in China. CGCS2000 is assumed; if the data is Xian 1980 or Beijing 1954, give --crs.`,
        zh: `EPSG:${crs.code}（${crs.name}）：无 .prj；横坐标以带号 ${zone} 开头（3度带，中央经线 ${zone * 3}°E），纵坐标（${fmt(minN)}…${fmt(maxN)} 米）位于我国范围。默认按 CGCS2000；如为西安80或北京54，请用 --crs 指定。`,
      });
    }
    if (zone !== undefined && zone <= 23) {
      const crs = crsByCode(4491 + zone - 13)!;
      if (!swapped && within(WEB_MERCATOR_CHINA_X, minE, maxE) && within(WEB_MERCATOR_CHINA_Y, minN, maxN))
        return refuse(
          `The coordinates (${describeBounds(b)}) fit both ${crs.name} (EPSG:${crs.code}) and Web Mercator (EPSG:3857), and there is no .prj; give the system with --crs EPSG:${crs.code} or --crs EPSG:3857.`,
          `坐标（${describeBounds(b)}）既符合 ${crs.name}（EPSG:${crs.code}）也符合 Web 墨卡托（EPSG:3857），且无 .prj；请用 --crs EPSG:${crs.code} 或 --crs EPSG:3857 指定。`,
        );
      return decided(crs, swapped, {
        en: `EPSG:${crs.code} (${crs.name}): no .prj; the eastings start with the zone number ${zone} (6° zone, central meridian ${zone * 6 - 3}°E) and the northings lie in China. CGCS2000 is assumed; if the data is Xian 1980 or Beijing 1954, give --crs.`,
        zh: `EPSG:${crs.code}（${crs.name}）：无 .prj；横坐标以带号 ${zone} 开头（6度带，中央经线 ${zone * 6 - 3}°E），纵坐标位于我国范围。默认按 CGCS2000；如为西安80或北京54，请用 --crs 指定。`,
      });
    }
    if (within(UNPREFIXED_EASTING, minE, maxE))
      return refuse(
        `The coordinates (${describeBounds(b)}) look like Gauss-Krüger ${swapped ? 'with X = northing first ' : ''}without a zone prefix, so the zone cannot be told from them and there is no .prj; give the system with --crs, e.g. --crs EPSG:4547 for the CGCS2000 3° zone at 114°E (EPSG:4534–4554 cover 75°E–135°E).`,
        `坐标（${describeBounds(b)}）像是不带带号的高斯-克吕格坐标${swapped ? '（X 为北坐标在前）' : ''}，无法判断所在投影带，且无 .prj；请用 --crs 指定，例如 114°E 的 CGCS2000 3度带为 --crs EPSG:4547（EPSG:4534–4554 对应 75°E–135°E）。`,
      );
  }
  if (within(WEB_MERCATOR_CHINA_X, b.minX, b.maxX) && within(WEB_MERCATOR_CHINA_Y, b.minY, b.maxY))
    return decided(crsByCode(3857)!, false, {
      en: `EPSG:3857 (Web Mercator): no .prj; the coordinates (${describeBounds(b)}) are Web Mercator metres over China and fit no Gauss-Krüger zone.`,
      zh: `EPSG:3857（Web 墨卡托）：无 .prj；坐标（${describeBounds(b)}）为我国范围内的 Web 墨卡托米制坐标，不符合任何高斯-克吕格投影带。`,
    });
  return refuse(
    `The coordinates (${describeBounds(b)}) fit no coordinate system Landlink knows (not degrees, not a Gauss-Krüger zone in China); give the system with --crs EPSG:n.`,
    `坐标（${describeBounds(b)}）不符合 Landlink 已知的任何坐标系（既非经纬度，也非我国的高斯-克吕格投影带）；请用 --crs EPSG:n 指定。`,
  );
}

/** Decides the system of the data, or refuses with a reason. */
export function detectCrs(input: CrsDetectionInput): CrsDecision | CrsRefusal {
  if (input.declared) return fromKnownCrs(input.declared, input.bounds, input.declaredBy ?? { en: '--crs', zh: ' --crs ' });
  if (input.prj !== undefined && input.prj.trim() !== '') {
    let reading;
    try {
      reading = crsFromPrj(input.prj);
    } catch (error) {
      const zh = (error as { messageZh?: string }).messageZh;
      return refuse(error instanceof Error ? error.message : String(error), zh ?? '无法读取 .prj；请用 --crs EPSG:n 指定坐标系。');
    }
    const decision = fromKnownCrs(reading.crs, input.bounds, { en: 'the .prj', zh: ' .prj ' });
    if (!decision.ok) return decision;
    return { ...decision, how: { en: `${reading.how.en} ${decision.how.en}`, zh: `${reading.how.zh}${decision.how.zh}` } };
  }
  if (!input.bounds) return decided(crsByCode(4490)!, false, { en: 'EPSG:4490: the data has no coordinates to test.', zh: 'EPSG:4490：数据中没有可供判断的坐标。' });
  return fromNumbers(input.bounds);
}

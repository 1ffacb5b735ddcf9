// The coordinate system of a coordinate TXT, from its [属性描述] lines (坐标系, 几度分带, 计量单位, 带号) and, when 带号
// is missing, from the zone number in front of the eastings. Xian 1980 and Beijing 1954 keep their own grids and carry
// the datum warning (shared/crs/datum-warning.ts): they are never relabelled CGCS2000.
import type { BilingualText, CrsInfo, Datum } from '../../crs/crs-info';
import { crsByCode, findGaussKruger } from '../../crs/crs-registry';
import { CHINA_LATITUDE, CHINA_LONGITUDE, NORTHING, UNPREFIXED_EASTING } from '../../crs/detect/coordinate-ranges';
import { centralMeridianOfZone } from '../../crs/gauss-kruger-zone';
import { FormatReadError } from '../read-error';
import type { TxtSections } from './txt-lines';

export interface TxtCrs {
  readonly crs: CrsInfo;
  /** Why this system, naming the header lines (and the easting prefix) it came from. */
  readonly how: BilingualText;
  /** The same reason without the system's name, for shared/crs/detect's "as given by …". */
  readonly by: BilingualText;
  readonly degrees: boolean;
}

/** A boundary point as written: X (northing or latitude) first, Y (easting or longitude) second. */
export interface WrittenPoint {
  readonly line: number;
  readonly x: number;
  readonly y: number;
}

const DATUM_NAMES: Record<Exclude<Datum, 'WGS84'>, { zh: string; en: string }> = {
  CGCS2000: { zh: '2000国家大地坐标系', en: 'CGCS2000' },
  Xian1980: { zh: '西安80坐标系', en: 'Xian 1980' },
  Beijing1954: { zh: '北京54坐标系', en: 'Beijing 1954' },
};
const GEOGRAPHIC_CODE: Record<Datum, number> = { CGCS2000: 4490, Xian1980: 4610, Beijing1954: 4214, WGS84: 4326 };

function datumOf(text: string): Datum | undefined {
  const t = text.toUpperCase();
  if (/2000|CGCS/.test(t)) return 'CGCS2000';
  if (/西安|XIAN|XI'AN|80/.test(t)) return 'Xian1980';
  if (/北京|BEIJING|54/.test(t)) return 'Beijing1954';
  if (/WGS/.test(t)) return 'WGS84';
  return undefined;
}

function refuse(en: string, zh: string): never {
  throw new FormatReadError(en, zh);
}

/** The zone number in front of an easting (38562168.106 → 38), or undefined for a plain easting. */
export function eastingPrefix(easting: number): number | undefined {
  if (easting < 10_000_000) return undefined;
  const zone = Math.floor(easting / 1_000_000);
  return UNPREFIXED_EASTING.min <= easting - zone * 1_000_000 && easting - zone * 1_000_000 <= UNPREFIXED_EASTING.max ? zone : undefined;
}

export function crsOfCoordinateTxt(sections: TxtSections, first: WrittenPoint, name: string): TxtCrs {
  const attr = (key: string) => sections.attributes.get(key);
  const system = attr('坐标系');
  const datum = system ? datumOf(system.value) : 'CGCS2000';
  if (!datum)
    refuse(
      `${name} line ${system!.line}: 坐标系=${system!.value} is not a system Landlink knows; write 2000国家大地坐标系, 西安80坐标系 or 北京54坐标系.`,
      `${name} 第 ${system!.line} 行：坐标系=${system!.value} 无法识别；请写 2000国家大地坐标系、西安80坐标系或北京54坐标系。`,
    );
  const unit = attr('计量单位');
  const degrees = unit !== undefined && /度|deg|°/i.test(unit.value);
  const systemSaid: BilingualText = system
    ? { en: `坐标系=${system.value} (line ${system.line})`, zh: `坐标系=${system.value}（第 ${system.line} 行）` }
    : { en: 'no 坐标系 line, so 2000国家大地坐标系 as the ministry now requires', zh: '无“坐标系”行，按部里现行要求视为 2000国家大地坐标系' };

  if (degrees) {
    const crs = crsByCode(GEOGRAPHIC_CODE[datum])!;
    if (!(CHINA_LATITUDE.min <= first.x && first.x <= CHINA_LATITUDE.max && CHINA_LONGITUDE.min <= first.y && first.y <= CHINA_LONGITUDE.max))
      refuse(
        `${name} line ${first.line}: ${first.x},${first.y} is not a latitude, longitude in China although 计量单位=${unit!.value}; write X as the latitude and Y as the longitude in degrees, or set 计量单位=米 for plane coordinates.`,
        `${name} 第 ${first.line} 行：${first.x},${first.y} 不是我国范围内的纬度、经度，而计量单位=${unit!.value}；请将 X 写为纬度、Y 写为经度（度），或将计量单位改为“米”。`,
      );
    return {
      crs,
      degrees,
      by: { en: `the file's [属性描述] (${systemSaid.en}, 计量单位=${unit!.value}; X is the latitude)`, zh: `文件的[属性描述]（${systemSaid.zh}，计量单位=${unit!.value}；X 为纬度）` },
      how: {
        en: `EPSG:${crs.code} (${crs.name}) from the file's [属性描述]: ${systemSaid.en}, 计量单位=${unit!.value}; X is the latitude, Y the longitude.`,
        zh: `EPSG:${crs.code}（${crs.name}），依据文件的[属性描述]：${systemSaid.zh}，计量单位=${unit!.value}；X 为纬度，Y 为经度。`,
      },
    };
  }
  if (datum === 'WGS84')
    refuse(`${name} line ${system!.line}: 坐标系=${system!.value} with plane coordinates names no Gauss-Krüger grid; write 2000国家大地坐标系, 西安80坐标系 or 北京54坐标系.`, `${name} 第 ${system!.line} 行：坐标系=${system!.value} 的平面坐标没有对应的高斯-克吕格投影；请写 2000国家大地坐标系、西安80坐标系或北京54坐标系。`);

  const widthLine = attr('几度分带');
  const width = widthLine ? Number(widthLine.value.replace(/[度°带\s]/g, '')) : 3;
  if (width !== 3 && width !== 6)
    refuse(`${name} line ${widthLine!.line}: 几度分带=${widthLine!.value} must be 3 or 6.`, `${name} 第 ${widthLine!.line} 行：几度分带=${widthLine!.value} 应为 3 或 6。`);
  const zoneLine = attr('带号');
  const statedZone = zoneLine && zoneLine.value !== '' ? Number(zoneLine.value) : undefined;
  if (statedZone !== undefined && !Number.isInteger(statedZone))
    refuse(`${name} line ${zoneLine!.line}: 带号=${zoneLine!.value} is not a zone number; write the zone as a whole number (e.g. 带号=38), or leave it empty when the eastings carry it.`, `${name} 第 ${zoneLine!.line} 行：带号=${zoneLine!.value} 不是带号；请写整数（如 带号=38），或在横坐标带有带号时留空。`);
  const [firstZone, lastZone] = width === 3 ? [25, 45] : [13, 23];
  const prefix = eastingPrefix(first.y);
  if (!(NORTHING.min <= first.x && first.x <= NORTHING.max))
    refuse(
      `${name} line ${first.line}: X=${first.x} is not a northing in China (${NORTHING.min / 1e6}–${NORTHING.max / 1e6} million metres); X must be the northing and Y the easting: check the column order and the unit.`,
      `${name} 第 ${first.line} 行：X=${first.x} 不是我国范围内的纵坐标（${NORTHING.min / 1e6}–${NORTHING.max / 1e6} 百万米）；X 应为北坐标、Y 为东坐标：请检查列顺序和单位。`,
    );
  let zone: number;
  let prefixed: boolean;
  let zoneSaid: BilingualText;
  if (statedZone !== undefined) {
    if (prefix !== undefined && prefix !== statedZone)
      refuse(
        `${name} line ${first.line}: the easting ${first.y} starts with zone ${prefix} but line ${zoneLine!.line} says 带号=${statedZone}; correct 带号 or the eastings so that they agree.`,
        `${name} 第 ${first.line} 行：横坐标 ${first.y} 以带号 ${prefix} 开头，而第 ${zoneLine!.line} 行为 带号=${statedZone}；请修正带号或横坐标使二者一致。`,
      );
    if (prefix === undefined && !(UNPREFIXED_EASTING.min <= first.y && first.y <= UNPREFIXED_EASTING.max))
      refuse(
        `${name} line ${first.line}: the easting Y=${first.y} fits no Gauss-Krüger zone (neither ${UNPREFIXED_EASTING.min}–${UNPREFIXED_EASTING.max} m nor zone ${statedZone} × 1,000,000 + that); check the column order (X = northing first) and the unit.`,
        `${name} 第 ${first.line} 行：横坐标 Y=${first.y} 不符合任何高斯-克吕格投影带（既不在 ${UNPREFIXED_EASTING.min}–${UNPREFIXED_EASTING.max} 米，也不是带号 ${statedZone} 加前缀）；请检查列顺序（X 为北坐标在前）和单位。`,
      );
    zone = statedZone;
    prefixed = prefix !== undefined;
    zoneSaid = { en: `带号=${statedZone} (line ${zoneLine!.line})${prefixed ? ', which the eastings also carry' : ', eastings without the zone prefix'}`, zh: `带号=${statedZone}（第 ${zoneLine!.line} 行）${prefixed ? '，横坐标亦带此带号' : '，横坐标不带带号'}` };
  } else {
    if (prefix === undefined)
      refuse(
        `${name} line ${first.line}: the easting Y=${first.y} carries no zone number and [属性描述] gives no 带号, so the zone cannot be known; add 带号=… (e.g. 带号=38 for 114°E in 3° zones) to [属性描述].`,
        `${name} 第 ${first.line} 行：横坐标 Y=${first.y} 不带带号，且[属性描述]中没有“带号”，无法确定投影带；请在[属性描述]中补充 带号=…（如 3度带 114°E 为 带号=38）。`,
      );
    zone = prefix;
    prefixed = true;
    zoneSaid = { en: `zone ${prefix} from the eastings' prefix (no 带号 line)`, zh: `带号 ${prefix} 取自横坐标前缀（无“带号”行）` };
  }
  if (zone < firstZone || zone > lastZone)
    refuse(
      `${name} line ${zoneLine?.line ?? first.line}: zone ${zone} is not a ${width}° zone in China (${firstZone}–${lastZone}); check 几度分带 and 带号.`,
      `${name} 第 ${zoneLine?.line ?? first.line} 行：带号 ${zone} 不是我国的 ${width}度带（${firstZone}–${lastZone}）；请检查“几度分带”和“带号”。`,
    );
  const crs = findGaussKruger(datum, width, centralMeridianOfZone(zone, width), prefixed);
  if (!crs) refuse(`${name}: Landlink knows no ${DATUM_NAMES[datum].en} ${width}° grid for zone ${zone}; give the system with --crs EPSG:n.`, `${name}：Landlink 没有 ${DATUM_NAMES[datum].zh} ${width}度带 ${zone} 带的定义；请用 --crs EPSG:n 指定。`);
  const widthSaid = widthLine ? `几度分带=${widthLine.value}` : '3° zones (no 几度分带 line)';
  return {
    crs,
    degrees: false,
    by: { en: `the file's [属性描述] (${systemSaid.en}, ${widthSaid}, ${zoneSaid.en}; X is the northing)`, zh: `文件的[属性描述]（${systemSaid.zh}，${widthLine ? widthSaid : '3度带（无“几度分带”行）'}，${zoneSaid.zh}；X 为北坐标）` },
    how: {
      en: `EPSG:${crs.code} (${crs.name}) from the file's [属性描述]: ${systemSaid.en}, ${widthSaid}, ${zoneSaid.en}; central meridian ${crs.gaussKruger!.centralMeridian}°E; X is the northing, Y the easting.`,
      zh: `EPSG:${crs.code}（${crs.name}），依据文件的[属性描述]：${systemSaid.zh}，${widthLine ? widthSaid : '3度带（无“几度分带”行）'}，${zoneSaid.zh}；中央经线 ${crs.gaussKruger!.centralMeridian}°E；X 为北坐标，Y 为东坐标。`,
    },
  };
}

/** Whether a written point lies where the system's coordinates can be (to refuse a mistyped point by its line). */
export function pointFitsCrs(txt: TxtCrs, point: WrittenPoint): boolean {
  if (txt.degrees) return CHINA_LATITUDE.min <= point.x && point.x <= CHINA_LATITUDE.max && CHINA_LONGITUDE.min <= point.y && point.y <= CHINA_LONGITUDE.max;
  const offset = txt.crs.gaussKruger!.falseEasting - 500_000;
  const e = point.y - offset;
  return NORTHING.min <= point.x && point.x <= NORTHING.max && UNPREFIXED_EASTING.min <= e && e <= UNPREFIXED_EASTING.max;
}

// Writes features (EPSG:4490 degrees, Landlink columns as properties) as the ministry's boundary-point coordinate TXT:
// one plot per feature with its code and land class, every ring closed on its first point and numbered by 圈号, X
// (northing) first, in the CGCS2000 3° zone the user picks (by default the zone of the data's centre), eastings with
// the zone prefix unless asked otherwise, 精度 0.001 m, 地块面积 in 公顷 with 4 decimals (ellipsoidal, as Landlink
// reports every area), GBK with CRLF unless UTF-8 is asked for: what filing with the supervision system expects.
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { BilingualText, CrsInfo } from '../../crs/crs-info';
import { crsByCode } from '../../crs/crs-registry';
import { threeDegreeZoneOf } from '../../crs/gauss-kruger-zone';
import { transformFromCgcs2000 } from '../../crs/transform/from-cgcs2000';
import { ellipsoidalArea } from '../../geo/area/ellipsoidal-area';
import { FormatReadError } from '../read-error';
import { encodeGbk, type TextEncodingName } from '../text/encode-text';
import { ATTRIBUTE_SECTION, COORDINATE_SECTION } from './txt-lines';

export interface WriteCoordinateTxtOptions {
  /** CGCS2000 3° zone (25–45); default: the zone of the data's centre. */
  readonly zone?: number;
  /** Eastings with the zone number in front (default true, as filing expects). */
  readonly prefixed?: boolean;
  /** Default GBK. */
  readonly encoding?: TextEncodingName;
  /** 数据产生日期, YYYY-MM-DD; default today. */
  readonly date?: string;
  /** 数据产生单位. */
  readonly producer?: string;
  /** 地块用途 for every plot (e.g. 拆旧区, 建新区). */
  readonly use?: string;
}

export interface WriteCoordinateTxtResult {
  readonly bytes: Uint8Array;
  readonly crs: CrsInfo;
  readonly warnings: BilingualText[];
}

const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const text = (value: unknown) => (value === null || value === undefined ? '' : String(value).replace(/[,，@\r\n]/g, ' ').trim());

function centreLongitude(features: readonly Feature<Polygon | MultiPolygon>[]): number {
  let min = Infinity, max = -Infinity;
  for (const f of features) for (const p of polygonsOf(f.geometry)) for (const [lon] of p[0]!) { if (lon! < min) min = lon!; if (lon! > max) max = lon!; }
  return (min + max) / 2;
}

export function writeCoordinateTxt(features: readonly Feature<Geometry | null, Record<string, unknown>>[], options: WriteCoordinateTxtOptions = {}): WriteCoordinateTxtResult {
  const plots = features.filter((f): f is Feature<Polygon | MultiPolygon, Record<string, unknown>> => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
  if (plots.length === 0) throw new FormatReadError('A coordinate TXT holds plots (polygons), and none of the chosen features is one; choose parcels or plots.', '界址点坐标 TXT 只能包含地块（面），所选要素中没有面；请选择地块。');
  const warnings: BilingualText[] = [];
  if (plots.length < features.length) warnings.push({ en: `${features.length - plots.length} features without a polygon were left out.`, zh: `已略去 ${features.length - plots.length} 个不是面的要素。` });
  const zone = options.zone ?? threeDegreeZoneOf(centreLongitude(plots));
  if (!Number.isInteger(zone) || zone < 25 || zone > 45) throw new FormatReadError(`Zone ${zone} is not a CGCS2000 3° zone in China; give a zone from 25 to 45 (e.g. 38 for 114°E).`, `带号 ${zone} 不是我国的 CGCS2000 3度带；请给出 25–45 之间的带号（如 114°E 为 38）。`);
  const prefixed = options.prefixed ?? true;
  const crs = crsByCode(prefixed ? 4513 + zone - 25 : 4534 + zone - 25)!;
  const project = transformFromCgcs2000(crs);
  const centralMeridian = crs.gaussKruger!.centralMeridian;
  let farthest = 0;

  const lines: string[] = [
    ATTRIBUTE_SECTION,
    '格式版本号=1.01',
    `数据产生单位=${text(options.producer)}`,
    `数据产生日期=${options.date ?? new Date().toISOString().slice(0, 10)}`,
    '坐标系=2000国家大地坐标系',
    '几度分带=3',
    '投影类型=高斯克吕格',
    '计量单位=米',
    `带号=${zone}`,
    '精度=0.001',
    '转换参数=,,,,,,',
    COORDINATE_SECTION,
  ];
  for (const plot of plots) {
    const p = plot.properties ?? {};
    const points: string[] = [];
    let ringNumber = 0;
    let pointNumber = 1;
    for (const polygon of polygonsOf(plot.geometry))
      for (const ring of polygon) {
        ringNumber++;
        const first = pointNumber;
        const open = ring.length > 1 && ring[0]![0] === ring[ring.length - 1]![0] && ring[0]![1] === ring[ring.length - 1]![1] ? ring.slice(0, -1) : ring;
        for (const [lon, lat] of open) {
          farthest = Math.max(farthest, Math.abs(lon! - centralMeridian));
          const [e, n] = project(lon!, lat!);
          points.push(`J${pointNumber++},${ringNumber},${n.toFixed(3)},${e.toFixed(3)}`);
        }
        points.push(points[points.length - open.length]!.replace(/^J\d+,/, `J${first},`));
      }
    const area = ellipsoidalArea(plot.geometry) / 10_000;
    const landClass = p['original_class'] ?? p['target_class'];
    const name = p['name'] ?? p['village'];
    lines.push(`${points.length},${area.toFixed(4)},${text(p['code'])},${text(name)},面,,${text(options.use ?? '')},${text(landClass)},@`, ...points);
  }
  if (farthest > 1.6)
    warnings.push({ en: `Some points lie ${farthest.toFixed(2)}° from zone ${zone}'s central meridian (${centralMeridian}°E), outside the zone; choose the zone the plots lie in.`, zh: `部分界址点距 ${zone} 带中央经线（${centralMeridian}°E）${farthest.toFixed(2)}°，超出该带；请选择地块所在的投影带。` });
  const textOut = `${lines.join('\r\n')}\r\n`;
  const bytes = (options.encoding ?? 'gbk') === 'gbk' ? encodeGbk(textOut) : new TextEncoder().encode(textOut);
  return { bytes, crs, warnings };
}

// The coordinate system a .prj (or any WKT) describes, matched to an EPSG code when its parameters fit one.
// ESRI writes Chinese grids as PROJECTION["Gauss_Kruger"]: that is a transverse Mercator, read as such.
import type { BilingualText, CrsInfo, Datum } from '../crs-info';
import { crsByCode, ELLIPSOID_OF_DATUM, gaussKrugerProj4, knownCrs } from '../crs-registry';
import { datumWarning } from '../datum-warning';
import { findWktNode, parseWkt, type WktNode } from './wkt-tree';

export interface PrjReading {
  readonly crs: CrsInfo;
  /** How the .prj was understood, for the user. */
  readonly how: BilingualText;
}

export class UnsupportedPrjError extends Error {
  readonly messageZh: string;
  constructor(reason: string, reasonZh: string) {
    super(`The .prj cannot be used: ${reason}; give the coordinate system with --crs EPSG:n.`);
    this.messageZh = `无法使用 .prj：${reasonZh}；请用 --crs EPSG:n 指定坐标系。`;
    this.name = 'UnsupportedPrjError';
  }
}

const simplify = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

function authorityCode(node: WktNode): number | undefined {
  const authority = node.children.find((c) => c.keyword === 'AUTHORITY' || c.keyword === 'ID');
  if (!authority || String(authority.values[0]).toUpperCase() !== 'EPSG') return undefined;
  const code = Number(authority.values[1]);
  return Number.isInteger(code) ? code : undefined;
}

function datumOf(root: WktNode): Datum | undefined {
  const datumNode = findWktNode(root, ['DATUM', 'GEODETICDATUM', 'TRF']);
  const geographicNode = findWktNode(root, ['GEOGCS', 'GEOGCRS', 'BASEGEOGCRS', 'GEODCRS', 'BASEGEODCRS']);
  const names = simplify(`${String(datumNode?.values[0] ?? '')} ${String(geographicNode?.values[0] ?? '')} ${String(root.values[0] ?? '')}`);
  if (/cgcs2000|china2000|chinageodeticcoordinatesystem2000/.test(names)) return 'CGCS2000';
  if (/xian1980|xian80/.test(names)) return 'Xian1980';
  if (/beijing1954|beijing54/.test(names)) return 'Beijing1954';
  if (/wgs1984|wgs84/.test(names)) return 'WGS84';
  const spheroid = findWktNode(root, ['SPHEROID', 'ELLIPSOID']);
  const a = Number(spheroid?.values[1]);
  const rf = Number(spheroid?.values[2]);
  for (const datum of ['CGCS2000', 'WGS84', 'Xian1980', 'Beijing1954'] as const) {
    const ellipsoid = ELLIPSOID_OF_DATUM[datum];
    if (Math.abs(a - ellipsoid.a) < 0.5 && Math.abs(rf - ellipsoid.inverseFlattening) < 1e-6) return datum;
  }
  return undefined;
}

function parameter(root: WktNode, names: readonly string[]): number | undefined {
  const wanted = names.map(simplify);
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.keyword === 'PARAMETER' && wanted.includes(simplify(String(node.values[0])))) return Number(node.values[1]);
    stack.push(...node.children);
  }
  return undefined;
}

const GEOGRAPHIC_BY_DATUM: Record<Datum, number> = { CGCS2000: 4490, WGS84: 4326, Xian1980: 4610, Beijing1954: 4214 };

/** Reads WKT; throws UnsupportedPrjError (or WktSyntaxError) when it cannot be understood. */
export function crsFromPrj(wkt: string): PrjReading {
  const root = parseWkt(wkt.replace(/^\uFEFF/, ''));
  const topName = String(root.values[0] ?? '');
  const byCode = authorityCode(root);
  if (byCode !== undefined && crsByCode(byCode))
    return {
      crs: crsByCode(byCode)!,
      how: { en: `The .prj names EPSG:${byCode}.`, zh: `.prj 注明为 EPSG:${byCode}。` },
    };

  const datum = datumOf(root);
  const isProjected = root.keyword === 'PROJCS' || root.keyword === 'PROJCRS';
  if (!isProjected) {
    if (!datum) throw new UnsupportedPrjError(`its datum "${topName}" is not one Landlink knows`, `其基准“${topName}”无法识别`);
    const crs = crsByCode(GEOGRAPHIC_BY_DATUM[datum])!;
    return { crs, how: { en: `The .prj describes ${crs.name} in degrees (read as EPSG:${crs.code}).`, zh: `.prj 为 ${crs.name} 经纬度（按 EPSG:${crs.code} 读取）。` } };
  }

  const projection = findWktNode(root, ['PROJECTION', 'METHOD']);
  const method = simplify(String(projection?.values[0] ?? ''));
  if (/mercatorauxiliarysphere|pseudomercator|popularvisualisation/.test(method) || /webmercator|pseudomercator/.test(simplify(topName)))
    return { crs: crsByCode(3857)!, how: { en: 'The .prj describes Web Mercator (EPSG:3857).', zh: '.prj 为 Web 墨卡托（EPSG:3857）。' } };
  const isTransverseMercator = /gausskruger|transversemercator|gaussboaga|tmerc/.test(method);
  if (!isTransverseMercator)
    throw new UnsupportedPrjError(`its projection "${String(projection?.values[0] ?? 'none')}" is not a Gauss-Krüger or Web Mercator grid`, `其投影“${String(projection?.values[0] ?? '无')}”不是高斯-克吕格或 Web 墨卡托`);
  if (!datum) throw new UnsupportedPrjError(`its datum in "${topName}" is not one Landlink knows`, `“${topName}”的基准无法识别`);

  const centralMeridian = parameter(root, ['central_meridian', 'longitude of natural origin', 'longitude_of_center']);
  const falseEasting = parameter(root, ['false_easting']) ?? 0;
  const falseNorthing = parameter(root, ['false_northing']) ?? 0;
  const scale = parameter(root, ['scale_factor', 'scale factor at natural origin']) ?? 1;
  const latitudeOfOrigin = parameter(root, ['latitude_of_origin', 'latitude of natural origin']) ?? 0;
  if (centralMeridian === undefined) throw new UnsupportedPrjError('it has no central meridian', '缺少中央经线参数');

  const gkName = /gausskruger/.test(method) ? ' (ESRI "Gauss_Kruger", read as transverse Mercator)' : '';
  const gkNameZh = /gausskruger/.test(method) ? '（ESRI“Gauss_Kruger”按横轴墨卡托读取）' : '';
  const match = knownCrs().find(
    (crs) =>
      crs.datum === datum &&
      crs.gaussKruger !== undefined &&
      crs.gaussKruger.centralMeridian === centralMeridian &&
      // Unprefixed 3° and 6° grids with the same central meridian are the same projection; the registry lists the
      // 3° codes first, so those are preferred.
      crs.gaussKruger.falseEasting === falseEasting,
  );
  if (match && scale === 1 && latitudeOfOrigin === 0 && falseNorthing === 0)
    return {
      crs: match,
      how: {
        en: `The .prj describes "${topName}"${gkName}: central meridian ${centralMeridian}°E, false easting ${falseEasting} m, matching EPSG:${match.code}.`,
        zh: `.prj 为“${topName}”${gkNameZh}：中央经线 ${centralMeridian}°E，东偏移 ${falseEasting} 米，对应 EPSG:${match.code}。`,
      },
    };
  const warning = datumWarning(datum);
  const ellipsoid = ELLIPSOID_OF_DATUM[datum];
  const proj4 =
    scale === 1 && latitudeOfOrigin === 0 && falseNorthing === 0
      ? gaussKrugerProj4(datum, centralMeridian, falseEasting)
      : `+proj=tmerc +lat_0=${latitudeOfOrigin} +lon_0=${centralMeridian} +k=${scale} +x_0=${falseEasting} +y_0=${falseNorthing} +a=${ellipsoid.a} +rf=${ellipsoid.inverseFlattening} +units=m +no_defs`;
  return {
    crs: { code: 0, name: topName, kind: 'projected', datum, proj4, ...(warning ? { datumWarning: warning } : {}) },
    how: {
      en: `The .prj describes "${topName}"${gkName}, a transverse Mercator with central meridian ${centralMeridian}°E that matches no EPSG code; its own parameters are used.`,
      zh: `.prj 为“${topName}”${gkNameZh}，中央经线 ${centralMeridian}°E 的横轴墨卡托，无对应 EPSG 代码，按其参数使用。`,
    },
  };
}

// GeoJSON reader: bytes in, features out. Accepts a FeatureCollection, a single Feature or a bare geometry, a UTF-8
// byte-order mark, and the pre-RFC 7946 `crs` member (e.g. "urn:ogc:def:crs:EPSG::4547") that GIS tools still write.
import { exceedsJsonDepth, geometryShapeProblem, MAX_JSON_DEPTH } from '../limits/json-limits';
import type { Feature, Geometry } from 'geojson';
import { FormatReadError } from '../read-error';
import type { ReadLayer, ReadProperties } from '../read-result';

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

function plainProperties(value: unknown): ReadProperties {
  const out: ReadProperties = {};
  if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value as Record<string, unknown>))
      out[key] = v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : JSON.stringify(v);
  return out;
}

function crsNameOf(document: Record<string, unknown>): string | undefined {
  const crs = document['crs'] as { type?: string; properties?: { name?: unknown; code?: unknown } } | undefined;
  if (!crs?.properties) return undefined;
  if (typeof crs.properties.name === 'string') return crs.properties.name;
  if (crs.type === 'EPSG' && crs.properties.code !== undefined) return `EPSG:${String(crs.properties.code)}`;
  return undefined;
}

export function readGeoJson(bytes: Uint8Array, name = 'geojson'): ReadLayer {
  let document: unknown;
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (exceedsJsonDepth(text))
    throw new FormatReadError(`${name} nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep, which no GeoJSON needs; check the properties that hold lists or objects, or export the file again.`, `${name} 的数组或对象嵌套超过 ${MAX_JSON_DEPTH} 层，GeoJSON 不需要这样的结构；请检查属性或重新导出。`);
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new FormatReadError(
      `${name} is not valid JSON (${error instanceof Error ? error.message : String(error)}); check that the file is complete and is GeoJSON.`,
      `${name} 不是有效的 JSON；请检查文件是否完整、是否为 GeoJSON。`,
    );
  }
  if (!document || typeof document !== 'object')
    throw new FormatReadError(`${name} is JSON but not a GeoJSON object; export it again as GeoJSON.`, `${name} 不是 GeoJSON 对象；请重新导出为 GeoJSON。`);
  const root = document as Record<string, unknown>;
  let features: Feature<Geometry | null, ReadProperties>[];
  if (root['type'] === 'FeatureCollection' && Array.isArray(root['features']))
    features = (root['features'] as Record<string, unknown>[]).map((f, i) => {
      if (!f || f['type'] !== 'Feature')
        throw new FormatReadError(`Item ${i + 1} of ${name} is not a GeoJSON Feature; fix or remove it.`, `${name} 第 ${i + 1} 项不是 GeoJSON 要素；请修正或删除。`);
      return { type: 'Feature', ...(f['id'] !== undefined ? { id: f['id'] as string | number } : {}), properties: plainProperties(f['properties']), geometry: (f['geometry'] as Geometry | null) ?? null };
    });
  else if (root['type'] === 'Feature')
    features = [{ type: 'Feature', properties: plainProperties(root['properties']), geometry: (root['geometry'] as Geometry | null) ?? null }];
  else if (typeof root['type'] === 'string' && GEOMETRY_TYPES.has(root['type']))
    features = [{ type: 'Feature', properties: {}, geometry: root as unknown as Geometry }];
  else
    throw new FormatReadError(`${name} is JSON but not GeoJSON (no FeatureCollection, Feature or geometry); export it again as GeoJSON.`, `${name} 是 JSON 但不是 GeoJSON；请重新导出为 GeoJSON。`);
  for (const [i, f] of features.entries()) {
    if (f.geometry && (typeof f.geometry !== 'object' || !GEOMETRY_TYPES.has(f.geometry.type) || (!('coordinates' in f.geometry) && f.geometry.type !== 'GeometryCollection')))
      throw new FormatReadError(`Feature ${i + 1} of ${name} has an invalid geometry; fix or remove it.`, `${name} 第 ${i + 1} 个要素的几何无效；请修正或删除。`);
    const problem = f.geometry ? geometryShapeProblem(f.geometry) : null;
    if (problem)
      throw new FormatReadError(`Feature ${i + 1} of ${name} has a ${f.geometry!.type} with ${problem}; fix its coordinates or remove the feature.`, `${name} 第 ${i + 1} 个要素的坐标无效；请修正坐标或删除该要素。`);
  }
  const crsText = crsNameOf(root);
  return { name, features, ...(crsText ? { crsText } : {}) };
}

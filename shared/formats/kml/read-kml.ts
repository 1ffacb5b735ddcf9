// KML as Google Earth, 奥维 (Ovital) and LocaSpace write it: Placemarks with names, descriptions and
// ExtendedData (Data and SchemaData/SimpleData) as attributes, Chinese text intact. @tmcw/togeojson does the KML
// semantics on a DOM from @xmldom/xmldom (pure JavaScript: works in a worker, which has no DOMParser). KML
// coordinates are always WGS84 longitude/latitude; altitudes are dropped (Landlink is 2D).
import { DOMParser } from '@xmldom/xmldom';
import { kml } from '@tmcw/togeojson';
import type { Feature, Geometry, Position } from 'geojson';
import { CHUNK, step, type LongTaskOptions } from '../progress';
import { FormatReadError } from '../read-error';
import type { ReadLayer, ReadProperties } from '../read-result';
import { decodeText } from '../text/decode-text';

export interface KmlReadOptions extends LongTaskOptions {
  readonly encoding?: string;
}

/** Properties togeojson derives from styles: drawing hints, not attributes. */
const STYLE_PROPERTIES = new Set(['styleUrl', 'styleHash', 'styleMapHash', 'stroke', 'stroke-opacity', 'stroke-width', 'fill', 'fill-opacity', 'icon', 'icon-scale', 'icon-color', 'icon-opacity', 'icon-heading', 'icon-offset', 'icon-offset-units', 'label-scale', 'label-color', 'label-opacity', 'visibility', 'timespan', 'timestamp', 'coordinateProperties']);
const NUMERIC_SCHEMA_TYPES = new Set(['int', 'uint', 'short', 'ushort', 'float', 'double']);

function flat(positions: Position[]): Position[] {
  return positions.map((p) => [p[0]!, p[1]!]);
}

/** 2D geometry; a MultiGeometry of one kind becomes the matching Multi type. */
function plainGeometry(geometry: Geometry | null): Geometry | null {
  if (!geometry) return null;
  switch (geometry.type) {
    case 'Point': return { type: 'Point', coordinates: [geometry.coordinates[0]!, geometry.coordinates[1]!] };
    case 'MultiPoint': case 'LineString': return { type: geometry.type, coordinates: flat(geometry.coordinates) } as Geometry;
    case 'MultiLineString': case 'Polygon': return { type: geometry.type, coordinates: geometry.coordinates.map(flat) } as Geometry;
    case 'MultiPolygon': return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(flat)) };
    case 'GeometryCollection': {
      const parts = geometry.geometries.map(plainGeometry).filter((g): g is Geometry => g !== null);
      if (parts.length === 0) return null;
      if (parts.length === 1) return parts[0]!;
      if (parts.every((g) => g.type === 'Polygon' || g.type === 'MultiPolygon'))
        return { type: 'MultiPolygon', coordinates: parts.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [])) };
      if (parts.every((g) => g.type === 'Point')) return { type: 'MultiPoint', coordinates: parts.map((g) => (g as { coordinates: Position }).coordinates) };
      if (parts.every((g) => g.type === 'LineString')) return { type: 'MultiLineString', coordinates: parts.map((g) => (g as { coordinates: Position[] }).coordinates) };
      return { type: 'GeometryCollection', geometries: parts };
    }
  }
}

/** Field names whose SimpleField type is numeric or bool, from every <Schema> in the document. */
function typedFields(text: string): Map<string, 'number' | 'bool'> {
  const names = new Map<string, 'number' | 'bool'>();
  for (const match of text.matchAll(/<SimpleField\b([^>]*)>/g)) {
    const attributes = match[1]!;
    const name = /\bname\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
    const type = /\btype\s*=\s*"([^"]*)"/.exec(attributes)?.[1];
    if (name === undefined || type === undefined) continue;
    if (NUMERIC_SCHEMA_TYPES.has(type.toLowerCase())) names.set(name, 'number');
    else if (type.toLowerCase() === 'bool') names.set(name, 'bool');
  }
  return names;
}

function plainProperties(properties: Record<string, unknown> | null, typed: ReadonlyMap<string, 'number' | 'bool'>): ReadProperties {
  const out: ReadProperties = {};
  for (const [key, value] of Object.entries(properties ?? {})) {
    if (STYLE_PROPERTIES.has(key)) continue;
    if (value === null || typeof value === 'number' || typeof value === 'boolean') out[key] = value;
    else if (typeof value === 'string') {
      const type = typed.get(key);
      const n = type === 'number' && value.trim() !== '' ? Number(value) : NaN;
      if (type === 'bool' && /^(1|0|true|false)$/i.test(value.trim())) out[key] = /^(1|true)$/i.test(value.trim());
      else out[key] = Number.isFinite(n) ? n : value;
    } else out[key] = JSON.stringify(value);
  }
  return out;
}

export function readKmlText(text: string, name: string, options: LongTaskOptions = {}): ReadLayer {
  let document;
  try {
    document = new DOMParser({ onError: (level, message) => { if (level === 'fatalError') throw new Error(message); } }).parseFromString(text, 'text/xml');
  } catch (error) {
    throw new FormatReadError(`${name} is not well-formed XML (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); check that the file is complete and is KML.`, `${name} 不是格式正确的 XML；请检查文件是否完整、是否为 KML。`);
  }
  const root = document.documentElement;
  if (!root || root.localName !== 'kml')
    throw new FormatReadError(`${name} is XML but not KML (its root element is <${root?.nodeName ?? 'nothing'}>); export it again as KML.`, `${name} 是 XML 但不是 KML；请重新导出为 KML。`);
  const collection = kml(document as unknown as Parameters<typeof kml>[0]);
  const typed = typedFields(text);
  const features: Feature<Geometry | null, ReadProperties>[] = [];
  collection.features.forEach((f, i) => {
    if (i % CHUNK === 0) step(options, i, collection.features.length);
    features.push({ type: 'Feature', properties: plainProperties(f.properties as Record<string, unknown> | null, typed), geometry: plainGeometry(f.geometry as Geometry | null) });
  });
  return { name: name.replace(/\.[^.]+$/, ''), features, crsText: 'EPSG:4326' };
}

/** The encoding an XML declaration names, e.g. <?xml version="1.0" encoding="GB2312"?>. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1];
}

export function readKml(bytes: Uint8Array, name = 'the .kml file', options: KmlReadOptions = {}): ReadLayer {
  if (bytes.byteLength === 0) throw new FormatReadError(`${name} is empty.`, `${name} 是空文件。`);
  const declared = declaredEncoding(bytes);
  const { text, encoding } = decodeText(bytes, { name, ...(options.encoding ? { override: options.encoding } : {}), ...(declared && !/^utf-?8$/i.test(declared) ? { declared } : {}) });
  return { ...readKmlText(text, name, options), encoding };
}

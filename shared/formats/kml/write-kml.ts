// KML for Google Earth, 奥维 and GIS tools: one <Schema> with typed <SimpleField>s and one <SchemaData> per
// Placemark, as GDAL writes it, because GDAL and QGIS keep Chinese field names and types from SimpleData but mangle
// them from plain <Data> elements (what @placemarkio/tokml writes). Coordinates must be longitude/latitude
// (CGCS2000 and WGS84 degrees differ by less than a metre, below what KML viewers show).
import type { Feature, Geometry, Position } from 'geojson';

export interface KmlWriteOptions {
  /** Layer (Schema and Folder) name. */
  readonly name: string;
  /** Property shown as each Placemark's name (default: `code`, else `name`, when present). */
  readonly nameProperty?: string;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const coordinates = (ps: readonly Position[]) => `<coordinates>${ps.map((p) => `${p[0]},${p[1]}`).join(' ')}</coordinates>`;
const ring = (ps: readonly Position[]) => `<LinearRing>${coordinates(ps)}</LinearRing>`;
const polygon = (rings: readonly Position[][]) =>
  `<Polygon><outerBoundaryIs>${ring(rings[0] ?? [])}</outerBoundaryIs>${rings.slice(1).map((r) => `<innerBoundaryIs>${ring(r)}</innerBoundaryIs>`).join('')}</Polygon>`;

function geometryKml(geometry: Geometry): string {
  switch (geometry.type) {
    case 'Point': return `<Point>${coordinates([geometry.coordinates])}</Point>`;
    case 'LineString': return `<LineString>${coordinates(geometry.coordinates)}</LineString>`;
    case 'Polygon': return polygon(geometry.coordinates);
    case 'MultiPoint': return `<MultiGeometry>${geometry.coordinates.map((p) => `<Point>${coordinates([p])}</Point>`).join('')}</MultiGeometry>`;
    case 'MultiLineString': return `<MultiGeometry>${geometry.coordinates.map((l) => `<LineString>${coordinates(l)}</LineString>`).join('')}</MultiGeometry>`;
    case 'MultiPolygon': return `<MultiGeometry>${geometry.coordinates.map(polygon).join('')}</MultiGeometry>`;
    case 'GeometryCollection': return `<MultiGeometry>${geometry.geometries.map(geometryKml).join('')}</MultiGeometry>`;
  }
}

function fieldType(values: readonly unknown[]): string {
  const present = values.filter((v) => v !== null && v !== undefined && v !== '');
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return 'bool';
  if (present.length > 0 && present.every((v) => typeof v === 'number' && Number.isFinite(v))) return present.every((v) => Number.isSafeInteger(v) && Math.abs(v as number) < 2 ** 31) ? 'int' : 'double';
  return 'string';
}

const valueText = (v: unknown) => (typeof v === 'boolean' ? (v ? '1' : '0') : typeof v === 'object' ? JSON.stringify(v) : String(v));

export function writeKml(features: readonly Feature<Geometry | null, Record<string, unknown> | null>[], options: KmlWriteOptions): Uint8Array {
  const properties = features.map((f) => f.properties ?? {});
  const names = [...new Set(properties.flatMap((p) => Object.keys(p)))];
  const nameProperty = options.nameProperty ?? (names.includes('code') ? 'code' : names.includes('name') ? 'name' : undefined);
  const schemaId = options.name.replace(/[^\p{L}\p{N}_]/gu, '_') || 'layer';
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<kml xmlns="http://www.opengis.net/kml/2.2">',
    `<Document id="root_doc"><name>${escape(options.name)}</name>`,
    `<Schema name="${escape(schemaId)}" id="${escape(schemaId)}">`,
    ...names.map((n) => `<SimpleField name="${escape(n)}" type="${fieldType(properties.map((p) => p[n]))}"></SimpleField>`),
    '</Schema>',
    '<Style id="landlink"><LineStyle><color>ff0000ff</color><width>2</width></LineStyle><PolyStyle><color>400000ff</color></PolyStyle></Style>',
    `<Folder><name>${escape(options.name)}</name>`,
  ];
  features.forEach((feature, i) => {
    const p = properties[i]!;
    const title = nameProperty !== undefined && p[nameProperty] !== null && p[nameProperty] !== undefined ? `<name>${escape(String(p[nameProperty]))}</name>` : '';
    const data = names.filter((n) => p[n] !== null && p[n] !== undefined).map((n) => `<SimpleData name="${escape(n)}">${escape(valueText(p[n]))}</SimpleData>`).join('');
    out.push(`<Placemark>${title}<styleUrl>#landlink</styleUrl><ExtendedData><SchemaData schemaUrl="#${escape(schemaId)}">${data}</SchemaData></ExtendedData>${feature.geometry ? geometryKml(feature.geometry) : ''}</Placemark>`);
  });
  out.push('</Folder></Document></kml>', '');
  return new TextEncoder().encode(out.join('\n'));
}

// Reads OGC WKT geometries (POINT, LINESTRING, POLYGON and their MULTI forms, GEOMETRYCOLLECTION, EMPTY, Z/M
// dropped, an optional `SRID=n;` prefix) into GeoJSON: the geometry column of CSV and XLSX tables.
import type { Geometry, Position } from 'geojson';

export class WktGeometryError extends Error {
  override readonly name = 'WktGeometryError';
}

class Scanner {
  private at = 0;
  constructor(private readonly text: string) {}
  private skip(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at]!)) this.at++;
  }
  word(): string {
    this.skip();
    const match = /^[A-Za-z]+/.exec(this.text.slice(this.at));
    if (!match) throw new WktGeometryError(`a geometry type was expected at character ${this.at + 1}`);
    this.at += match[0].length;
    return match[0].toUpperCase();
  }
  peekWord(): string | undefined {
    this.skip();
    return /^[A-Za-z]+/.exec(this.text.slice(this.at))?.[0].toUpperCase();
  }
  take(char: string): boolean {
    this.skip();
    if (this.text[this.at] !== char) return false;
    this.at++;
    return true;
  }
  expect(char: string): void {
    if (!this.take(char)) throw new WktGeometryError(`"${char}" was expected at character ${this.at + 1}`);
  }
  number(): number {
    this.skip();
    const match = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(this.text.slice(this.at));
    if (!match) throw new WktGeometryError(`a number was expected at character ${this.at + 1}`);
    this.at += match[0].length;
    return Number(match[0]);
  }
  peekNumber(): boolean {
    this.skip();
    return /^[-+.\d]/.test(this.text.slice(this.at));
  }
  end(): void {
    this.skip();
    if (this.at < this.text.length) throw new WktGeometryError(`unexpected text at character ${this.at + 1}`);
  }
}

function position(s: Scanner): Position {
  const x = s.number();
  const y = s.number();
  while (s.peekNumber()) s.number(); // Z and M are dropped: Landlink is 2D
  return [x, y];
}

function list<T>(s: Scanner, item: (s: Scanner) => T): T[] {
  s.expect('(');
  const items = [item(s)];
  while (s.take(',')) items.push(item(s));
  s.expect(')');
  return items;
}

const positions = (s: Scanner) => list(s, position);
const rings = (s: Scanner) => list(s, positions);
/** MULTIPOINT accepts both (1 2, 3 4) and ((1 2), (3 4)). */
const multiPointItem = (s: Scanner) => (s.take('(') ? ((p: Position) => (s.expect(')'), p))(position(s)) : position(s));

function geometry(s: Scanner): Geometry | null {
  const type = s.word();
  const modifier = s.peekWord();
  if (modifier === 'Z' || modifier === 'M' || modifier === 'ZM') s.word();
  if (s.peekWord() === 'EMPTY') {
    s.word();
    return null;
  }
  switch (type) {
    case 'POINT': {
      s.expect('(');
      const p = position(s);
      s.expect(')');
      return { type: 'Point', coordinates: p };
    }
    case 'LINESTRING': return { type: 'LineString', coordinates: positions(s) };
    case 'POLYGON': return { type: 'Polygon', coordinates: rings(s) };
    case 'MULTIPOINT': return { type: 'MultiPoint', coordinates: list(s, multiPointItem) };
    case 'MULTILINESTRING': return { type: 'MultiLineString', coordinates: rings(s) };
    case 'MULTIPOLYGON': return { type: 'MultiPolygon', coordinates: list(s, rings) };
    case 'GEOMETRYCOLLECTION': return { type: 'GeometryCollection', geometries: list(s, geometry).filter((g): g is Geometry => g !== null) };
    default: throw new WktGeometryError(`"${type}" is not a WKT geometry type`);
  }
}

/** The geometry the WKT text describes; null for EMPTY; throws WktGeometryError on bad text. */
export function parseWkt(text: string): Geometry | null {
  const s = new Scanner(text.replace(/^\s*SRID=\d+;/i, ''));
  const result = geometry(s);
  s.end();
  return result;
}

// The GeoPackage geometry blob (GPKG 1.3 §2.1.3): "GP", version 0, a flags byte, the srs_id, an optional envelope,
// then standard WKB. Landlink writes little-endian, with an XY envelope for everything but points (GDAL does the
// same), and marks empty geometries with the empty flag so readers can skip them without parsing the WKB.
import type { Geometry } from 'geojson';
import { geometryEnvelope, type Envelope } from './envelope';
import { readWkb, WkbError } from './wkb-read';
import { wkbByteLength, writeWkb } from './wkb-write';

const MAGIC_G = 0x47;
const MAGIC_P = 0x50;
/** Bytes of envelope for each envelope indicator value 0–4 (none, XY, XYZ, XYM, XYZM). */
const ENVELOPE_BYTES = [0, 32, 48, 48, 64] as const;

export class GeometryBlobError extends Error {
  override readonly name = 'GeometryBlobError';
}

export function encodeGeometryBlob(geometry: Geometry, srsId: number): Uint8Array {
  const envelope = geometry.type === 'Point' ? null : geometryEnvelope(geometry);
  const empty = isEmptyGeometry(geometry);
  const headerLength = 8 + (envelope ? 32 : 0);
  const bytes = new Uint8Array(headerLength + wkbByteLength(geometry));
  const view = new DataView(bytes.buffer);
  bytes[0] = MAGIC_G;
  bytes[1] = MAGIC_P;
  bytes[2] = 0; // version 1 of the blob format is stored as 0
  // flags: bit 0 little-endian header, bits 1-3 envelope indicator, bit 4 empty geometry.
  bytes[3] = 1 | ((envelope ? 1 : 0) << 1) | ((empty ? 1 : 0) << 4);
  view.setInt32(4, srsId, true);
  if (envelope) {
    view.setFloat64(8, envelope[0], true);
    view.setFloat64(16, envelope[2], true);
    view.setFloat64(24, envelope[1], true);
    view.setFloat64(32, envelope[3], true);
  }
  writeWkb(view, headerLength, geometry);
  return bytes;
}

export interface DecodedGeometryBlob {
  readonly srsId: number;
  readonly empty: boolean;
  readonly geometry: Geometry;
}

export function decodeGeometryBlob(bytes: Uint8Array): DecodedGeometryBlob {
  const { view, srsId, empty, wkbOffset } = readHeader(bytes);
  try {
    return { srsId, empty, geometry: readWkb(view, wkbOffset) };
  } catch (error) {
    if (error instanceof WkbError) throw new GeometryBlobError(`GeoPackage geometry has broken WKB: ${error.message}`);
    throw error;
  }
}

/**
 * The envelope of a blob without decoding its WKB when the header carries one (fast path for extents of 100k
 * features); otherwise decodes the geometry.
 */
export function geometryBlobEnvelope(bytes: Uint8Array): Envelope | null {
  const { view, empty, little, envelopeIndicator, wkbOffset } = readHeader(bytes);
  if (empty) return null;
  if (envelopeIndicator > 0) {
    return [view.getFloat64(8, little), view.getFloat64(24, little), view.getFloat64(16, little), view.getFloat64(32, little)];
  }
  return geometryEnvelope(readWkb(view, wkbOffset));
}

/** The blob's header: byte order, srs_id, empty flag, envelope kind, and where its WKB starts. */
export function readHeader(bytes: Uint8Array) {
  if (bytes.length < 8 || bytes[0] !== MAGIC_G || bytes[1] !== MAGIC_P) {
    throw new GeometryBlobError('value is not a GeoPackage geometry blob (it does not start with "GP")');
  }
  const flags = bytes[3]!;
  if (flags & 0x20) throw new GeometryBlobError('extended GeoPackage geometry types are not supported');
  const little = (flags & 1) === 1;
  const envelopeIndicator = (flags >> 1) & 0x7;
  const envelopeBytes = ENVELOPE_BYTES[envelopeIndicator as 0 | 1 | 2 | 3 | 4];
  if (envelopeBytes === undefined) throw new GeometryBlobError(`GeoPackage geometry has an invalid envelope indicator ${envelopeIndicator}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const srsId = view.getInt32(4, little);
  return { view, little, srsId, empty: (flags & 0x10) !== 0, envelopeIndicator, wkbOffset: 8 + envelopeBytes };
}

export function isEmptyGeometry(geometry: Geometry): boolean {
  switch (geometry.type) {
    case 'Point':
      return geometry.coordinates.length < 2;
    case 'GeometryCollection':
      return geometry.geometries.every(isEmptyGeometry);
    default:
      return geometry.coordinates.length === 0;
  }
}

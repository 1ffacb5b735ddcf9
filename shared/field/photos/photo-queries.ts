// Reading photos back: those of a verification (through the Related Tables mapping), a photo's bytes, and whether
// a stored photo still has the hash it was stored with (a changed photo shows).
import type { Database } from 'sql.js';
import { queryRows } from '../../project/sql-rows';
import { sha256Hex } from './sha256';

export interface StoredPhotoInfo {
  readonly id: number;
  readonly code: string;
  readonly fileName: string | null;
  readonly contentType: string;
  readonly takenAt: string | null;
  readonly longitude: number | null;
  readonly latitude: number | null;
  readonly azimuthDeg: number | null;
  readonly accuracyM: number | null;
  readonly operator: string | null;
  readonly device: string | null;
  readonly sha256: string | null;
  /** Code of the verification it belongs to (null for a photo related to none). */
  readonly verificationCode: string | null;
}

const SELECT = `SELECT p.id, p.code, p.file_name, p.content_type, p.taken_at, p.longitude, p.latitude, p.azimuth_deg, p.accuracy_m,
  p.operator, p.device, p.sha256, v.code AS verification_code FROM photos p
  LEFT JOIN verifications_photos m ON m.related_id = p.id LEFT JOIN verifications v ON v.fid = m.base_id`;

export function photosOfVerification(db: Database, verificationCode: string): StoredPhotoInfo[] {
  return queryRows(db, `${SELECT} WHERE v.code = ? ORDER BY p.taken_at, p.id`, [verificationCode]).map(info);
}

/** Every photo with its verification (a photo related to two verifications appears twice). */
export function listPhotos(db: Database): StoredPhotoInfo[] {
  return queryRows(db, `${SELECT} ORDER BY p.id`).map(info);
}

export function photoBytes(db: Database, id: number): Uint8Array | null {
  const value = queryRows(db, 'SELECT data FROM photos WHERE id = ?', [id])[0]?.data;
  return value instanceof Uint8Array ? value : null;
}

/** True when the photo's bytes still hash to its stored sha256; false when changed; null when no hash was stored. */
export async function verifyPhotoHash(db: Database, id: number): Promise<boolean | null> {
  const row = queryRows(db, 'SELECT data, sha256 FROM photos WHERE id = ?', [id])[0];
  if (!row || typeof row.sha256 !== 'string' || !(row.data instanceof Uint8Array)) return null;
  return (await sha256Hex(row.data)) === row.sha256;
}

function info(row: Record<string, unknown>): StoredPhotoInfo {
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    id: Number(row.id),
    code: String(row.code),
    fileName: str(row.file_name),
    contentType: String(row.content_type),
    takenAt: str(row.taken_at),
    longitude: num(row.longitude),
    latitude: num(row.latitude),
    azimuthDeg: num(row.azimuth_deg),
    accuracyM: num(row.accuracy_m),
    operator: str(row.operator),
    device: str(row.device),
    sha256: str(row.sha256),
    verificationCode: str(row.verification_code),
  };
}

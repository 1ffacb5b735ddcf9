// Stores photos in the project, all or nothing: each photo a row of the `photos` media table (bytes, EXIF position,
// time, azimuth, accuracy, operator, device, sha256), related to a verification of its feature through the Related
// Tables mapping `verifications_photos`. A feature's photos of one day (Beijing time) go to that day's verification,
// created when there is none. Every row written is in audit_log.
import type { Database } from 'sql.js';
import { PHOTO_RELATION } from '../../domain/tables/index';
import { quoteIdentifier } from '../../gpkg/sql-identifier';
import { DEFAULT_AUDIT_USER, writeAuditEntries } from '../../project/audit-log';
import { FeatureWriteError } from '../../project/feature-write-error';
import { insertFeatures } from '../../project/insert-features';
import { inSavepoint, queryRows, queryScalar } from '../../project/sql-rows';
import { chinaDate } from '../china-date';
import type { PhotoTargetTable } from './match-photos';
import type { PhotoMetadata } from './read-photo-metadata';

export interface PhotoToStore {
  readonly metadata: PhotoMetadata;
  readonly bytes: Uint8Array;
  readonly sha256: string;
  readonly table: PhotoTargetTable;
  readonly code: string;
}

export interface StorePhotosOptions {
  readonly user?: string;
  /** Inspectors written on verifications this creates. */
  readonly inspectors?: string;
  /** Attach every photo to this verification instead of the feature's verification of the day. */
  readonly verificationCode?: string;
  /** "Now", for photos without a time (tests pass a fixed one). */
  readonly now?: Date;
}

export interface StoredPhotos {
  readonly photoIds: number[];
  readonly photoCodes: string[];
  /** The verification each photo was attached to, in order. */
  readonly verificationCodes: string[];
  /** Verifications this call created. */
  readonly createdVerifications: string[];
}

export function storePhotos(db: Database, photos: readonly PhotoToStore[], options: StorePhotosOptions = {}): StoredPhotos {
  const user = options.user ?? DEFAULT_AUDIT_USER;
  const now = options.now ?? new Date();
  return inSavepoint(db, 'landlink_store_photos', () => {
    const verificationOf = new Map<string, { fid: number; code: string }>();
    // A verification created for a day's photos carries the time of the first of them.
    const firstTaken = new Map<string, string>();
    for (const photo of photos) {
      const takenAt = photo.metadata.takenAt ?? now.toISOString();
      const key = dayKey(photo, takenAt);
      if (!firstTaken.has(key) || takenAt < firstTaken.get(key)!) firstTaken.set(key, takenAt);
    }
    const created: string[] = [];
    const result: StoredPhotos = { photoIds: [], photoCodes: [], verificationCodes: [], createdVerifications: created };
    for (const photo of photos) {
      const entityFid = queryScalar(db, `SELECT fid FROM ${quoteIdentifier(photo.table)} WHERE code = ?`, [photo.code]);
      if (entityFid === undefined) {
        throw new FeatureWriteError('not-found', `${photo.metadata.fileName}: ${photo.table} has no feature with code “${photo.code}”`, `${photo.metadata.fileName}：图层中没有编号为“${photo.code}”的要素`);
      }
      const takenAt = photo.metadata.takenAt ?? now.toISOString();
      let verification: { fid: number; code: string };
      if (options.verificationCode) {
        verification = verificationOf.get(options.verificationCode) ?? findVerificationByCode(db, options.verificationCode);
        verificationOf.set(options.verificationCode, verification);
      } else {
        const key = dayKey(photo, takenAt);
        const existing = verificationOf.get(key) ?? findVerificationOfDay(db, photo.table, photo.code, chinaDate(takenAt));
        if (existing) {
          verification = existing;
        } else {
          const [fid] = insertFeatures(
            db,
            'verifications',
            [
              {
                properties: {
                  entity_table: photo.table,
                  entity_code: photo.code,
                  verified_at: firstTaken.get(key) ?? takenAt,
                  inspectors: options.inspectors ?? photo.metadata.operator,
                  longitude: photo.metadata.longitude,
                  latitude: photo.metadata.latitude,
                  accuracy_m: photo.metadata.accuracyM,
                  remarks: '由照片导入创建 / created by photo import',
                },
              },
            ],
            { user },
          );
          verification = { fid: fid!, code: String(queryScalar(db, 'SELECT code FROM verifications WHERE fid = ?', [fid!])) };
          created.push(verification.code);
        }
        verificationOf.set(key, verification);
      }
      const [id] = insertFeatures(
        db,
        'photos',
        [
          {
            properties: {
              data: photo.bytes,
              content_type: photo.metadata.contentType,
              file_name: photo.metadata.fileName,
              taken_at: photo.metadata.takenAt,
              longitude: photo.metadata.longitude,
              latitude: photo.metadata.latitude,
              azimuth_deg: photo.metadata.azimuthDeg,
              accuracy_m: photo.metadata.accuracyM,
              operator: photo.metadata.operator,
              device: photo.metadata.device,
              sha256: photo.sha256,
            },
          },
        ],
        { user },
      );
      const photoCode = String(queryScalar(db, 'SELECT code FROM photos WHERE id = ?', [id!]));
      relatePhoto(db, verification, { id: id!, code: photoCode }, user);
      result.photoIds.push(id!);
      result.photoCodes.push(photoCode);
      result.verificationCodes.push(verification.code);
    }
    return result;
  });
}

function dayKey(photo: PhotoToStore, takenAt: string): string {
  return `${photo.table}\u0000${photo.code}\u0000${chinaDate(takenAt)}`;
}

/** Adds the Related Tables row verification → photo, logged. */
export function relatePhoto(db: Database, verification: { fid: number; code: string }, photo: { id: number; code: string }, user: string): void {
  db.run(`INSERT OR IGNORE INTO ${quoteIdentifier(PHOTO_RELATION.mappingTable)} (base_id, related_id) VALUES (?, ?)`, [verification.fid, photo.id]);
  writeAuditEntries(db, user, [{ action: 'insert', table: PHOTO_RELATION.mappingTable, rowCode: photo.code, newValues: { verification: verification.code, photo: photo.code } }]);
}

function findVerificationByCode(db: Database, code: string): { fid: number; code: string } {
  const fid = queryScalar(db, 'SELECT fid FROM verifications WHERE code = ?', [code]);
  if (fid === undefined) throw new FeatureWriteError('not-found', `there is no verification with code “${code}”`, `没有编号为“${code}”的核查记录`);
  return { fid: Number(fid), code };
}

function findVerificationOfDay(db: Database, table: string, code: string, day: string): { fid: number; code: string } | undefined {
  const rows = queryRows(db, 'SELECT fid, code, verified_at FROM verifications WHERE entity_table = ? AND entity_code = ? ORDER BY fid', [table, code]);
  const row = rows.find((r) => typeof r.verified_at === 'string' && Number.isFinite(Date.parse(r.verified_at)) && chinaDate(r.verified_at) === day);
  return row ? { fid: Number(row.fid), code: String(row.code) } : undefined;
}

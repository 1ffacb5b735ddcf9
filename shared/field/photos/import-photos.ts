// A folder of photos from a phone or camera into the project: read each one's EXIF, hash it, match it to a house or
// parcel, and store the matched ones (all or nothing). Photos already in the project (same sha256) are not stored
// twice; photos the user assigned by hand go where the user said. Unmatched photos are listed with the reason.
import type { Database } from 'sql.js';
import { queryRows } from '../../project/sql-rows';
import { matchPhotos, readMatchTargets, type MatchOptions, type PhotoMatch, type PhotoTargetTable, type UnmatchedPhoto } from './match-photos';
import { readPhotoMetadata, type PhotoMetadata } from './read-photo-metadata';
import { sha256Hex } from './sha256';
import { storePhotos, type StoredPhotos, type StorePhotosOptions } from './store-photos';

export interface PhotoFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ImportPhotosOptions extends MatchOptions, StorePhotosOptions {
  /** The user's pick per file name: overrides the match (and rescues unmatched photos). */
  readonly assignments?: Readonly<Record<string, { readonly table: PhotoTargetTable; readonly code: string }>>;
  /** Only read and match (a preview): nothing is written. */
  readonly dryRun?: boolean;
  /**
   * Per file name, values for what EXIF lacks (a camera capture in the app: position and accuracy from the current
   * GNSS fix, time now, device). Only fills fields EXIF left empty, so a photo's own record wins; then matched as usual.
   */
  readonly metadata?: Readonly<Record<string, Partial<Omit<PhotoMetadata, 'fileName'>>>>;
  /** Match against these tables only (e.g. houses when verifying a house). */
  readonly tables?: readonly PhotoTargetTable[];
}

export interface PhotoImportResult {
  /** distanceM is null for a photo assigned by hand that has no position. */
  readonly matched: (Omit<PhotoMatch, 'distanceM'> & { readonly distanceM: number | null; readonly assigned: boolean })[];
  readonly unmatched: UnmatchedPhoto[];
  /** Metadata of every photo read, by file name (for previews and thumbnails). */
  readonly photos: (PhotoMetadata & { readonly sha256: string })[];
  /** What was written; null for a dry run or when nothing matched. */
  readonly stored: StoredPhotos | null;
}

export async function importPhotos(db: Database, files: readonly PhotoFile[], options: ImportPhotosOptions = {}): Promise<PhotoImportResult> {
  const known = new Map(queryRows(db, 'SELECT sha256, code FROM photos WHERE sha256 IS NOT NULL').map((r) => [String(r.sha256), String(r.code)]));
  const photos: (PhotoMetadata & { sha256: string })[] = [];
  const duplicates: UnmatchedPhoto[] = [];
  const bytesOf = new Map<string, Uint8Array>();
  for (const file of files) {
    const [exif, sha256] = await Promise.all([readPhotoMetadata(file.bytes, file.name), sha256Hex(file.bytes)]);
    const metadata = fillMissing(exif, options.metadata?.[file.name]);
    const already = known.get(sha256);
    if (already !== undefined) {
      duplicates.push({ fileName: file.name, reason: { kind: 'duplicate', photoCode: already }, message: { zh: `该照片已在项目中（${already}）`, en: `this photo is already in the project (${already})` } });
      continue;
    }
    known.set(sha256, file.name);
    photos.push({ ...metadata, sha256 });
    bytesOf.set(file.name, file.bytes);
  }
  const assignments = options.assignments ?? {};
  const targets = readMatchTargets(db, options.tables);
  const automatic = matchPhotos(photos.filter((p) => !assignments[p.fileName]), targets, options);
  const matched: PhotoImportResult['matched'][number][] = [];
  for (const photo of photos) {
    const pick = assignments[photo.fileName];
    if (pick) matched.push({ fileName: photo.fileName, table: pick.table, code: pick.code, distanceM: distanceTo(photo, pick, targets), assigned: true });
    else {
      const match = automatic.matched.find((m) => m.fileName === photo.fileName);
      if (match) matched.push({ ...match, assigned: false });
    }
  }
  const unmatched = [...automatic.unmatched, ...duplicates];
  let stored: StoredPhotos | null = null;
  if (!options.dryRun && matched.length > 0) {
    const byName = new Map(photos.map((p) => [p.fileName, p]));
    stored = storePhotos(
      db,
      matched.map((m) => {
        const { sha256, ...metadata } = byName.get(m.fileName)!;
        return { metadata, sha256, bytes: bytesOf.get(m.fileName)!, table: m.table, code: m.code };
      }),
      options,
    );
  }
  return { matched, unmatched, photos, stored };
}

function fillMissing(exif: PhotoMetadata, fill: Partial<Omit<PhotoMetadata, 'fileName'>> | undefined): PhotoMetadata {
  if (!fill) return exif;
  const merged: Record<string, unknown> = { ...exif };
  for (const [key, value] of Object.entries(fill)) {
    if (key !== 'fileName' && (merged[key] === null || merged[key] === undefined) && value !== undefined) merged[key] = value;
  }
  // A position is a pair: never half from EXIF and half from the fill.
  if (exif.longitude !== null && exif.latitude !== null) Object.assign(merged, { longitude: exif.longitude, latitude: exif.latitude });
  return merged as unknown as PhotoMetadata;
}

function distanceTo(photo: PhotoMetadata, pick: { table: string; code: string }, targets: ReturnType<typeof readMatchTargets>): number | null {
  const target = targets.find((t) => t.table === pick.table && t.code === pick.code);
  if (photo.longitude === null || photo.latitude === null || !target) return null;
  return matchPhotos([photo], [target], { maxDistanceM: Number.MAX_VALUE }).matched[0]?.distanceM ?? null;
}

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSampleProject } from '../../../sample-data/build-sample-project';
import { queryRows, queryScalar } from '../../project/sql-rows';
import { distanceToGeometryM } from '../geodesy/nearest-on-geometry';
import { importPhotos, listPhotos, matchPhotos, photosOfVerification, readMatchTargets, readPhotoMetadata, sha256Hex, verifyPhotoHash, type PhotoFile } from './index';

const dir = path.join(import.meta.dirname, '../../../tests/fixtures/field-photos');
interface Expected {
  file: string;
  longitude?: number;
  latitude?: number;
  azimuth: number | null;
  accuracy: number | null;
  time: string | null;
  expect: { table: string; code: string } | { reason: string };
}
const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected[];
const files: PhotoFile[] = readdirSync(dir).filter((f) => f.endsWith('.jpg')).sort().map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) }));

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs();
});

describe('photo EXIF', () => {
  it.each(expected)('reads $file as exiftool wrote it', async (photo) => {
    const file = files.find((f) => f.name === photo.file)!;
    const metadata = await readPhotoMetadata(file.bytes, file.name);
    expect(metadata.contentType).toBe('image/jpeg');
    if (photo.longitude !== undefined) {
      expect(metadata.longitude).toBeCloseTo(photo.longitude, 7);
      expect(metadata.latitude).toBeCloseTo(photo.latitude!, 7);
      expect(metadata.azimuthDeg).toBeCloseTo(photo.azimuth!, 1);
      expect(metadata.accuracyM).toBe(photo.accuracy);
    } else {
      expect(metadata.longitude).toBeNull();
      expect(metadata.latitude).toBeNull();
    }
    if (photo.time) {
      // Written as Beijing local time with OffsetTimeOriginal +08:00.
      const [date, time] = photo.time.split(' ');
      expect(metadata.takenAt).toBe(new Date(`${date!.replaceAll(':', '-')}T${time}+08:00`).toISOString());
      expect(metadata.operator).toBe('Li Hecha');
      expect(metadata.device).toBe('HUAWEI P40');
    } else {
      expect(metadata).toMatchObject({ takenAt: null, operator: null, device: null, azimuthDeg: null });
    }
  });

  it('keeps a file that is not an image as a photo without metadata', async () => {
    const metadata = await readPhotoMetadata(new TextEncoder().encode('not a photo'), 'notes.txt');
    expect(metadata).toMatchObject({ contentType: 'application/octet-stream', longitude: null, takenAt: null });
  });

  it('hashes with WebCrypto exactly as sha256 does', async () => {
    for (const file of files) expect(await sha256Hex(file.bytes)).toBe(createHash('sha256').update(file.bytes).digest('hex'));
  });
});

describe('matching photos to houses and parcels', () => {
  it('matches every fixture to the feature it was taken at, and says why the others match nothing', async () => {
    const db = buildSampleProject(SQL);
    const targets = readMatchTargets(db);
    const photos = await Promise.all(files.map((f) => readPhotoMetadata(f.bytes, f.name)));
    const { matched, unmatched } = matchPhotos(photos, targets);
    for (const photo of expected) {
      if ('code' in photo.expect) {
        expect(matched.find((m) => m.fileName === photo.file), photo.file).toMatchObject({ table: photo.expect.table, code: photo.expect.code });
      } else {
        expect(unmatched.find((u) => u.fileName === photo.file)?.reason.kind, photo.file).toBe(photo.expect.reason);
      }
    }
    expect(matched.find((m) => m.fileName === 'parcel-inside-wide.jpg')!.distanceM).toBe(0);
    expect(matched.find((m) => m.fileName === 'parcel-edge-20m.jpg')!.distanceM).toBeCloseTo(20, -0.5);
    expect(matched.find((m) => m.fileName === 'house-b-near-neighbour.jpg')!.distanceM).toBeCloseTo(3, 1);
    const far = unmatched.find((u) => u.fileName === 'far-away.jpg')!;
    expect(far.reason.kind === 'too-far' && far.reason.distanceM).toBeGreaterThan(5000);
    expect(far.message.en).toMatch(/nearest feature, (JF|FK)-\d+, is [\d.]+ km away/);
    // The nearest named is the nearest of all, measured one by one.
    const farPhoto = photos.find((p) => p.fileName === 'far-away.jpg')!;
    const brute = Math.min(...targets.map((t) => distanceToGeometryM([farPhoto.longitude!, farPhoto.latitude!], t.geometry)));
    expect(far.reason.kind === 'too-far' && far.reason.distanceM).toBeCloseTo(brute, 1);
    db.close();
  });

  it('a smaller distance limit turns the edge photo away, naming the nearest feature and its distance', async () => {
    const db = buildSampleProject(SQL);
    const edge = files.find((f) => f.name === 'parcel-edge-20m.jpg')!;
    const { matched, unmatched } = matchPhotos([await readPhotoMetadata(edge.bytes, edge.name)], readMatchTargets(db), { maxDistanceM: 10 });
    expect(matched).toEqual([]);
    expect(unmatched[0]!.reason).toMatchObject({ kind: 'too-far', nearestCode: (expected.find((e) => e.file === edge.name)!.expect as { code: string }).code });
    db.close();
  });
});

describe('storing photos', () => {
  it('stores matched photos with their hash, related to one verification per feature and day, logged; again changes nothing', async () => {
    const db = buildSampleProject(SQL);
    const before = Number(queryScalar(db, 'SELECT count(*) FROM audit_log'));
    const result = await importPhotos(db, files, { user: 'inspector Li' });
    expect(result.stored!.photoCodes).toHaveLength(5);
    const houseA = (expected[0]!.expect as { code: string }).code;
    const verification = queryRows(db, 'SELECT code, entity_table, verified_at, inspectors FROM verifications WHERE entity_code = ?', [houseA]);
    expect(verification).toHaveLength(1); // before and after photos of one house, one day: one verification
    expect(verification[0]).toMatchObject({ entity_table: 'old_houses', inspectors: 'Li Hecha', verified_at: '2024-07-01T01:31:40.000Z' });
    const photos = photosOfVerification(db, String(verification[0]!.code));
    expect(photos.map((p) => p.fileName).sort()).toEqual(['house-a-after.jpg', 'house-a-before.jpg']);
    expect(photos[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyPhotoHash(db, photos[0]!.id)).toBe(true);
    db.run('UPDATE photos SET data = ? WHERE id = ?', [new Uint8Array([0xff, 0xd8, 0xff, 0xd9]), photos[0]!.id]);
    expect(await verifyPhotoHash(db, photos[0]!.id)).toBe(false);
    // audit: one verification per feature photographed + 5 photos + 5 relations
    const features = new Set(expected.flatMap((e) => ('code' in e.expect ? [e.expect.code] : [])));
    expect(Number(queryScalar(db, 'SELECT count(*) FROM verifications'))).toBe(features.size);
    expect(Number(queryScalar(db, 'SELECT count(*) FROM audit_log')) - before).toBe(features.size + 10);
    expect(queryRows(db, "SELECT count(*) AS n FROM audit_log WHERE table_name = 'verifications_photos'")[0]!.n).toBe(5);

    const again = await importPhotos(db, files);
    expect(again.stored).toBeNull();
    expect(again.unmatched.filter((u) => u.reason.kind === 'duplicate')).toHaveLength(5);
    expect(listPhotos(db)).toHaveLength(5);
    db.close();
  });

  it('puts a photo the user assigned by hand where the user said, and stores nothing on a dry run', async () => {
    const db = buildSampleProject(SQL);
    const noGps = files.filter((f) => f.name === 'no-gps.jpg');
    const preview = await importPhotos(db, noGps, { dryRun: true });
    expect(preview.unmatched[0]!.reason.kind).toBe('no-position');
    expect(preview.stored).toBeNull();
    const result = await importPhotos(db, noGps, { assignments: { 'no-gps.jpg': { table: 'old_houses', code: 'JF-000001' } } });
    expect(result.matched).toEqual([{ fileName: 'no-gps.jpg', table: 'old_houses', code: 'JF-000001', distanceM: null, assigned: true }]);
    expect(listPhotos(db)[0]!.verificationCode).toBe(result.stored!.verificationCodes[0]);
    db.close();
  });

  it('fills what EXIF lacks from the app (a camera capture positioned by the GNSS fix) and matches on it', async () => {
    const db = buildSampleProject(SQL);
    const noExif = files.filter((f) => f.name === 'no-exif.jpg');
    const house = expected.find((e) => e.file === 'house-a-before.jpg')!;
    const result = await importPhotos(db, noExif, { metadata: { 'no-exif.jpg': { longitude: house.longitude!, latitude: house.latitude!, accuracyM: 2, takenAt: '2024-07-01T02:00:00.000Z', device: 'camera' } } });
    expect(result.matched).toMatchObject([{ fileName: 'no-exif.jpg', table: 'old_houses', code: (house.expect as { code: string }).code, assigned: false }]);
    expect(listPhotos(db)[0]).toMatchObject({ device: 'camera', accuracyM: 2, takenAt: '2024-07-01T02:00:00.000Z' });
    db.close();
  });

  it('writes nothing when one photo cannot be stored', async () => {
    const db = buildSampleProject(SQL);
    const photosBefore = Number(queryScalar(db, 'SELECT count(*) FROM photos'));
    await expect(importPhotos(db, files, { assignments: { 'no-gps.jpg': { table: 'old_houses', code: 'JF-NOPE' } } })).rejects.toThrow(/JF-NOPE/);
    expect(Number(queryScalar(db, 'SELECT count(*) FROM photos'))).toBe(photosBefore);
    expect(Number(queryScalar(db, 'SELECT count(*) FROM verifications'))).toBe(0);
    db.close();
  });
});

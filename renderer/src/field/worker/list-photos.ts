// Photos with the entity they document, through the Related Tables mapping (verifications_photos): for one entity
// (the form, the feature panel) or all of them (thumbnails on the map).
import type { Database, SqlValue } from 'sql.js';
import type { FieldPhoto } from '../../../../shared/ipc/field-protocol';
import { tableExists } from '../../../../shared/gpkg/core-tables';

export function listPhotos(db: Database, entity: { table: string; code: string } | null): FieldPhoto[] {
  if (!tableExists(db, 'photos') || !tableExists(db, 'verifications_photos')) return [];
  const where = entity ? 'WHERE v.entity_table = ? AND v.entity_code = ?' : '';
  const params: SqlValue[] = entity ? [entity.table, entity.code] : [];
  const statement = db.prepare(
    `SELECT p.id, p.code, p.file_name, p.content_type, p.taken_at, p.longitude, p.latitude, p.azimuth_deg, p.accuracy_m, p.sha256, p.data,
            v.entity_table, v.entity_code, v.code AS verification_code
       FROM photos p
       LEFT JOIN verifications_photos m ON m.related_id = p.id
       LEFT JOIN verifications v ON v.fid = m.base_id
       ${where}
      ORDER BY p.taken_at, p.id`,
  );
  const photos: FieldPhoto[] = [];
  const seen = new Set<number>();
  try {
    statement.bind(params);
    while (statement.step()) {
      const r = statement.getAsObject();
      const id = Number(r.id);
      // A photo related to two verifications is listed once (the first).
      if (seen.has(id)) continue;
      seen.add(id);
      const text = (v: SqlValue | undefined): string | null => (typeof v === 'string' ? v : null);
      const num = (v: SqlValue | undefined): number | null => (typeof v === 'number' ? v : null);
      photos.push({
        id,
        code: String(r.code ?? id),
        fileName: text(r.file_name),
        contentType: text(r.content_type) ?? 'image/jpeg',
        takenAt: text(r.taken_at),
        longitude: num(r.longitude),
        latitude: num(r.latitude),
        azimuthDeg: num(r.azimuth_deg),
        accuracyM: num(r.accuracy_m),
        sha256: text(r.sha256),
        entityTable: text(r.entity_table),
        entityCode: text(r.entity_code),
        verificationCode: text(r.verification_code),
        bytes: r.data instanceof Uint8Array ? r.data : new Uint8Array(),
      });
    }
  } finally {
    statement.free();
  }
  return photos;
}

// Inserts a batch of features (or ledger rows) into a Landlink table, all or nothing: values checked, cached areas
// computed, missing codes generated, gpkg_contents extent grown, and the change written to audit_log.
import type { Database } from 'sql.js';
import { unionEnvelopes, type Envelope } from '../gpkg/envelope';
import { geometryBlobEnvelope } from '../gpkg/geometry-blob';
import { extentMayBeStale, markExtentCurrent } from '../gpkg/extent-tracking';
import { readContentsExtent, touchContents, writeContentsExtent } from '../gpkg/contents';
import { quoteIdentifier } from '../gpkg/sql-identifier';
import { GEOMETRY_COLUMN } from '../domain/schema-types';
import type { StoredValue } from '../domain/validate-value';
import { DEFAULT_AUDIT_USER, writeAuditEntries, type AuditEntry } from './audit-log';
import { codeGenerator } from './business-codes';
import { FeatureWriteError } from './feature-write-error';
import { prepareRow, type FeatureInput, type PreparedRow } from './prepare-row';
import { adminLocator } from '../write/admin-location';
import type { TableSchema } from '../domain/schema-types';
import { inSavepoint } from './sql-rows';
import { writableTableSchema } from './writable-table';

export interface WriteOptions {
  /** Who made the change, for audit_log. */
  readonly user?: string;
  /**
   * `per-row` (default) logs each row with its values; `summary` logs one line for the batch (imports, samples);
   * `none` leaves the logging to the caller (an import written in chunks logs its one line at the end).
   */
  readonly audit?: 'per-row' | 'summary' | 'none';
  /**
   * Fill township and village from admin_areas where a row has none (default true). A merge or a sync replays rows
   * written elsewhere and keeps them as they came (false), or the two copies would differ by what was filled here.
   */
  readonly fillPlace?: boolean;
}

/** Inserts `features` into `table`; returns their new fids, in order. Throws FeatureWriteError and changes nothing. */
export function insertFeatures(db: Database, table: string, features: readonly FeatureInput[], options: WriteOptions = {}): number[] {
  const schema = writableTableSchema(table);
  if (features.length === 0) return [];
  return inSavepoint(db, 'landlink_insert', () => {
    // This insert grows the extent itself; if nothing else had touched the layer, the extent stays right after it.
    const extentWasCurrent = schema.kind === 'features' && !extentMayBeStale(db, table);
    const prepared = features.map((feature, index) => prepareRow(schema, feature, 'insert', index));
    if (options.fillPlace !== false) fillPlaceFromLocation(db, schema, prepared);
    const hasCode = schema.columns.some((c) => c.name === 'code');
    let nextCode: (() => string) | undefined;
    if (hasCode && prepared.some((row) => row.values.get('code') == null)) nextCode = codeGenerator(db, schema);

    const columns = [...(schema.kind === 'features' ? [GEOMETRY_COLUMN] : []), ...schema.columns.map((c) => c.name)];
    const statement = db.prepare(
      `INSERT INTO ${quoteIdentifier(table)} (${columns.map(quoteIdentifier).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    const lastRowId = db.prepare('SELECT last_insert_rowid()');
    const fids: number[] = [];
    const audit: AuditEntry[] = [];
    const box: Envelope = [Infinity, Infinity, -Infinity, -Infinity];
    try {
      prepared.forEach((row, index) => {
        if (nextCode && row.values.get('code') == null) row.values.set('code', nextCode());
        const values: StoredValue[] = columns.map((name) => row.values.get(name) ?? null);
        try {
          statement.run(values);
        } catch (error) {
          throw translateConstraintError(error, index, String(row.values.get('code') ?? ''));
        }
        lastRowId.step();
        fids.push(Number(lastRowId.get()[0]));
        lastRowId.reset();
        // The blob's header already carries the envelope prepareRow computed: no second walk over every position.
        const blob = values[0];
        if (schema.kind === 'features' && blob instanceof Uint8Array) extendWithEnvelope(box, geometryBlobEnvelope(blob));
        if (options.audit === undefined || options.audit === 'per-row') audit.push({ action: 'insert', table, rowCode: codeOf(row.values), newValues: auditValues(row.values) });
      });
    } finally {
      statement.free();
      lastRowId.free();
    }
    if (schema.kind === 'features' && box[0] <= box[2]) writeContentsExtent(db, table, unionEnvelopes(readContentsExtent(db, table), box));
    if (extentWasCurrent) markExtentCurrent(db, table);
    touchContents(db, table);
    if (options.audit === 'summary') audit.push({ action: 'import', table, rowCode: null, newValues: { rows: features.length } });
    writeAuditEntries(db, options.user ?? DEFAULT_AUDIT_USER, audit);
    return fids;
  });
}

/** Township and village, when a row arrives without them, from the admin area its geometry lies in. */
function fillPlaceFromLocation(db: Database, schema: TableSchema, rows: readonly PreparedRow[]): void {
  if (schema.kind !== 'features' || !PLACE_COLUMNS.every((name) => schema.columns.some((c) => c.name === name))) return;
  const missing = rows.filter((row) => row.geometry && PLACE_COLUMNS.some((name) => row.values.get(name) == null));
  if (missing.length === 0) return;
  const locate = adminLocator(db);
  for (const row of missing) {
    const place = locate(row.geometry);
    for (const name of PLACE_COLUMNS) if (row.values.get(name) == null && place[name]) row.values.set(name, place[name]);
  }
}

const PLACE_COLUMNS = ['township', 'village'] as const;

function extendWithEnvelope(box: Envelope, envelope: Envelope | null): void {
  if (!envelope) return;
  if (envelope[0] < box[0]) box[0] = envelope[0];
  if (envelope[1] < box[1]) box[1] = envelope[1];
  if (envelope[2] > box[2]) box[2] = envelope[2];
  if (envelope[3] > box[3]) box[3] = envelope[3];
}

export function codeOf(values: Map<string, StoredValue>): string | null {
  const code = values.get('code');
  return typeof code === 'string' ? code : null;
}

/** Values as the audit log keeps them: no blobs or geometry, the cached area standing in for the shape. */
export function auditValues(values: Map<string, StoredValue>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, value] of values) {
    if (name === GEOMETRY_COLUMN) result.geometry = value === null ? null : 'set';
    else if (!(value instanceof Uint8Array)) result[name] = value;
  }
  return result;
}

function translateConstraintError(error: unknown, index: number, code: string): unknown {
  const message = error instanceof Error ? error.message : String(error);
  if (/UNIQUE constraint failed: .*\.code/.test(message)) {
    return new FeatureWriteError('duplicate-code', `feature ${index + 1}: code “${code}” is already used in this layer; give each row its own code`, `第 ${index + 1} 个要素：编号“${code}”在本图层中已存在；每条记录的编号须唯一`, index, 'code');
  }
  return error;
}

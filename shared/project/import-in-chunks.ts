// An import written in chunks, so that the worker can report progress and hear a cancel between them, and still
// all or nothing: every chunk lies inside one savepoint that is released at the end or rolled back on any failure
// or cancel. One audit_log line records the whole import, as importGeoJSON does.
import type { FeatureCollection, Geometry } from 'geojson';
import type { Database } from 'sql.js';
import { DEFAULT_AUDIT_USER, writeAuditEntries } from './audit-log';
import { importInputs, type ImportOptions, type ImportResult } from './import-geojson';
import { FeatureWriteError } from './feature-write-error';
import { insertFeatures } from './insert-features';

export interface ChunkedImportOptions extends ImportOptions {
  /** Rows per chunk: small enough for a progress step every fraction of a second at county scale. */
  readonly chunkSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Asked between chunks (it may await, letting a cancel message in); false rolls everything back. */
  readonly keepGoing?: () => boolean | Promise<boolean>;
}

export class ImportCancelledError extends Error {
  override readonly name = 'ImportCancelledError';
  readonly code = 'cancelled';
  readonly messageZh = '导入已取消，项目未作任何修改。';
  constructor() {
    super('The import was cancelled; the project has not been changed.');
  }
}

const SAVEPOINT = 'landlink_import_chunks';

export async function importGeoJSONInChunks(db: Database, table: string, collection: FeatureCollection<Geometry | null>, options: ChunkedImportOptions = {}): Promise<ImportResult> {
  const { inputs, ignored } = importInputs(table, collection, options);
  const chunkSize = Math.max(1, options.chunkSize ?? 5_000);
  const fids: number[] = [];
  db.exec(`SAVEPOINT ${SAVEPOINT}`);
  try {
    for (let start = 0; start < inputs.length; start += chunkSize) {
      if (options.keepGoing && !(await options.keepGoing())) throw new ImportCancelledError();
      // Feature numbers in messages count from the file's first feature, not the chunk's.
      try {
        fids.push(...insertFeatures(db, table, inputs.slice(start, start + chunkSize), { ...(options.user ? { user: options.user } : {}), audit: 'none' }));
      } catch (error) {
        throw renumbered(error, start);
      }
      options.onProgress?.(Math.min(start + chunkSize, inputs.length), inputs.length);
    }
    writeAuditEntries(db, options.user ?? DEFAULT_AUDIT_USER, [{ action: 'import', table, rowCode: null, newValues: { rows: inputs.length } }]);
    db.exec(`RELEASE ${SAVEPOINT}`);
  } catch (error) {
    db.exec(`ROLLBACK TO ${SAVEPOINT}`);
    db.exec(`RELEASE ${SAVEPOINT}`);
    throw error;
  }
  return { table, inserted: fids.length, fids, ignoredFields: [...ignored].sort() };
}

/** A write error names "feature N" within its chunk; shift N to the feature's place in the whole file. */
function renumbered(error: unknown, offset: number): unknown {
  if (offset === 0 || !(error instanceof FeatureWriteError) || error.featureIndex === undefined) return error;
  const inChunk = error.featureIndex + 1;
  const inFile = error.featureIndex + offset + 1;
  return new FeatureWriteError(
    error.code,
    error.message.replace(`feature ${inChunk}:`, `feature ${inFile}:`),
    error.messageZh.replace(`第 ${inChunk} 个要素`, `第 ${inFile} 个要素`),
    error.featureIndex + offset,
    error.field,
  );
}

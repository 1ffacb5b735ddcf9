// The one error every Landlink worker answers with: a code from one list, the field it is about when it names one,
// and the message in English and Chinese (what is wrong, where, how to fix it). Each worker's throws become one
// through toRpcFailure; the UI catches RpcError and never parses a message.
import type { FeatureWriteErrorCode } from '../../../shared/project/feature-write-error';
import type { ProjectOpenErrorCode } from '../../../shared/project/project-open-error';
import type { LedgerIssue } from '../../../shared/ledger/ledger-issue';

export type RpcErrorCode =
  /** The write path refused a value, a geometry, a code or a table (field names the column). */
  | FeatureWriteErrorCode
  /** The file is not a project Landlink can open. */
  | ProjectOpenErrorCode
  /** The edit would leave sold quota above a project's surplus: ask the user, then send it again acknowledged. */
  | 'ledger-confirm'
  /** Field merge: the package changed, or its preview is gone. */
  | 'merge-stale'
  | 'merge-expired'
  /** A request about the wrong kind of row, target or preset, or a coordinate system Landlink does not know. */
  | 'wrong-entity'
  | 'invalid-target'
  | 'invalid-preset'
  | 'unknown-crs'
  | 'no-project'
  /** The import readers could not read the picked files. */
  | 'read-failed'
  /** The file opened as SQLite is not an MBTiles tileset. */
  | 'not-mbtiles'
  /** The caller cancelled; nothing was changed. */
  | 'cancelled'
  /** The worker itself stopped (a crash, or an error outside any request). */
  | 'worker-crashed'
  /** A refusal with a reason but a code this list does not name. */
  | 'refused'
  /** A bug: an error without a bilingual reason. */
  | 'unexpected';

const KNOWN_CODES: ReadonlySet<string> = new Set<RpcErrorCode>([
  'unknown-table', 'read-only-table', 'unknown-field', 'invalid-value', 'invalid-geometry', 'duplicate-code', 'not-found',
  'not-sqlite', 'not-geopackage', 'corrupt', 'newer-schema', 'migration-failed',
  'ledger-confirm', 'merge-stale', 'merge-expired', 'wrong-entity', 'invalid-target', 'invalid-preset', 'unknown-crs', 'no-project',
  'read-failed', 'not-mbtiles', 'cancelled', 'worker-crashed', 'refused', 'unexpected',
]);

export interface RpcFailure {
  readonly code: RpcErrorCode;
  /** The column or form field the failure is about, when it names one (a form shows the message there). */
  readonly field?: string;
  readonly message: string;
  readonly messageZh: string;
  /** For `ledger-confirm`: the ledger's warnings, each naming the sales the edit breaks. */
  readonly ledgerIssues?: readonly LedgerIssue[];
}

export class RpcError extends Error {
  constructor(readonly failure: RpcFailure) {
    super(failure.message);
    this.name = 'RpcError';
  }

  get code(): RpcErrorCode {
    return this.failure.code;
  }

  /** The message in the user's language. */
  text(language: 'zh-CN' | 'en' | 'zh'): string {
    return language === 'en' ? this.failure.message : this.failure.messageZh;
  }
}

export function isRpcError(error: unknown, code?: RpcErrorCode): error is RpcError {
  return error instanceof RpcError && (code === undefined || error.failure.code === code);
}

/**
 * What a worker sends for anything a handler throws. Errors of the core carry `message` and `messageZh` (and often
 * `code` and `field`); anything else is a bug and says so with its text. `fallback` is the code for a bilingual error
 * that names no code (e.g. a format reader's).
 */
export function toRpcFailure(error: unknown, fallback: RpcErrorCode = 'refused'): RpcFailure {
  if (error instanceof RpcError) return error.failure;
  if (typeof error === 'object' && error !== null && 'messageZh' in error && 'message' in error) {
    const e = error as { code?: unknown; message: unknown; messageZh: unknown; field?: unknown; ledgerIssues?: RpcFailure['ledgerIssues'] };
    const code = typeof e.code === 'string' && KNOWN_CODES.has(e.code) ? (e.code as RpcErrorCode) : fallback;
    return {
      code,
      message: String(e.message),
      messageZh: String(e.messageZh),
      ...(typeof e.field === 'string' ? { field: e.field } : {}),
      ...(e.ledgerIssues ? { ledgerIssues: e.ledgerIssues } : {}),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'unexpected', message: `Unexpected error: ${message}`, messageZh: `意外错误：${message}` };
}

// Who a field package belongs to and whether its base is the one the project handed out. A project carries an id
// (landlink_meta `project_id`, created the first time it is needed); each package carries that id, its own id and a
// SHA-256 digest of its base rows; the project also records the digest of every package it issued. At merge, a
// package from another project is refused (rows are matched by code, so an unrelated county's FK-000058 would
// overwrite this one's), unless the user says the project is a copy of the same county; a base that no longer has
// its digest (edited to make field values look like office ones) is refused always.
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { Database } from 'sql.js';
import { tableExists } from '../../gpkg/core-tables';
import { readMeta, setMeta } from '../../project/project-meta';
import { queryRows } from '../../project/sql-rows';
import { BASE_TABLE } from './package-tables';

export const PROJECT_ID_KEY = 'project_id';
export const ISSUED_PACKAGES_KEY = 'field_packages_issued';

/** The project's id; created (in this open database, saved with it) when the project has none yet. */
export function ensureProjectId(db: Database): { id: string; created: boolean } {
  const existing = readMeta(db)[PROJECT_ID_KEY];
  if (existing) return { id: existing, created: false };
  const id = randomUuid();
  setMeta(db, PROJECT_ID_KEY, id);
  return { id, created: true };
}

export function projectIdOf(db: Database): string | null {
  return readMeta(db)[PROJECT_ID_KEY] || null;
}

/** SHA-256 over every base row in a fixed order (table, code, values, geometry bytes). */
export function baseDigest(pkg: Database): string {
  if (!tableExists(pkg, BASE_TABLE)) return '';
  const hash = sha256.create();
  for (const row of queryRows(pkg, `SELECT table_name, code, row_json, hex(geometry_blob) AS geometry FROM ${BASE_TABLE} ORDER BY table_name, code`)) {
    hash.update(utf8ToBytes(`${JSON.stringify([row.table_name, row.code, row.row_json, row.geometry ?? ''])}\n`));
  }
  return bytesToHex(hash.digest());
}

export function recordIssuedPackage(project: Database, packageId: string, digest: string, at: string): void {
  const issued = issuedPackages(project);
  issued[packageId] = { digest, at };
  setMeta(project, ISSUED_PACKAGES_KEY, JSON.stringify(issued));
}

export function issuedPackages(project: Database): Record<string, { digest: string; at: string }> {
  try {
    const value = JSON.parse(readMeta(project)[ISSUED_PACKAGES_KEY] ?? '{}') as Record<string, { digest: string; at: string }>;
    return value && typeof value === 'object' ? value : {};
  } catch {
    return {};
  }
}

function randomUuid(): string {
  const crypto = (globalThis as unknown as { crypto?: { randomUUID?: () => string } }).crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

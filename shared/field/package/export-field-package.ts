// A field package: part of the project (a township, a village or a drawn area) as a self-contained Landlink
// project, for a laptop that goes where there is no network. It holds the houses and parcels of the area, their
// verifications and photos (with the Related Tables relation), the village boundaries and linkage projects for
// context (not merged back), and the base
// of every row for the three-way merge back. It opens in Landlink like any project, and in QGIS/QField.
import type { Database, SqlJsStatic } from 'sql.js';
import { PHOTO_RELATION } from '../../domain/tables/index';
import { GEOMETRY_COLUMN } from '../../domain/schema-types';
import { quoteIdentifier } from '../../gpkg/sql-identifier';
import { DEFAULT_AUDIT_USER, writeAuditEntries } from '../../project/audit-log';
import { createEmptyProject } from '../../project/create-empty-project';
import { exportProject } from '../../project/export-project';
import { META_KEYS, readMeta, setMeta } from '../../project/project-meta';
import { queryRows, tableColumns } from '../../project/sql-rows';
import { findTableSchema } from '../../domain/tables/index';
import { CODE_FLOORS_KEY } from '../../project/business-codes';
import { writeBase } from './base-rows';
import { areaLabel, selectFieldArea, type FieldArea, type FieldSelection } from './field-area';
import { MERGED_TABLES, PACKAGE_META_KEY, readRelationsByCode, readRowsByCode, type CodedRow, type MergedTable } from './package-tables';
import { baseDigest, ensureProjectId, recordIssuedPackage } from './package-identity';
import type { FieldPackageInfo } from './package-info';

export interface FieldPackageOptions {
  /** Who made the package (audit_log, package info). */
  readonly createdBy?: string;
  readonly now?: Date;
  /** A fixed id (tests); random otherwise. */
  readonly packageId?: string;
}

export interface FieldPackageResult {
  readonly bytes: Uint8Array;
  readonly info: FieldPackageInfo;
}

const COPIED_TABLES = ['admin_areas', 'linkage_projects', 'old_houses', 'reclaim_parcels', 'verifications', 'photos'] as const;

export function exportFieldPackage(SQL: SqlJsStatic, project: Database, area: FieldArea, options: FieldPackageOptions = {}): FieldPackageResult {
  const selection = selectFieldArea(project, area);
  const meta = readMeta(project);
  const now = options.now ?? new Date();
  const packageId = options.packageId ?? randomId();
  const db = createEmptyProject(SQL, {
    name: `外业包：${selection.label}（${meta[META_KEYS.projectName] ?? ''}）`,
    county: meta[META_KEYS.county] ?? '',
    synthetic: meta[META_KEYS.synthetic] === 'true',
  });
  try {
    db.exec('BEGIN');
    for (const table of COPIED_TABLES) copyRows(project, db, table, selection[table]);
    copyRelations(project, db, selection);
    const base = new Map<MergedTable, Map<string, CodedRow>>(MERGED_TABLES.map((t) => [t, readRowsByCode(db, t, undefined, { rawGeometry: true })]));
    writeBase(db, base, readRelationsByCode(db));
    const counts = Object.fromEntries(COPIED_TABLES.map((t) => [t, selection[t].length])) as Record<(typeof COPIED_TABLES)[number], number>;
    const projectId = ensureProjectId(project).id;
    const digest = baseDigest(db);
    const info: FieldPackageInfo = {
      packageId,
      projectId,
      baseDigest: digest,
      createdAt: now.toISOString(),
      createdBy: options.createdBy ?? DEFAULT_AUDIT_USER,
      area: area.kind === 'polygon' ? { kind: 'polygon', name: areaLabel(area), geometry: area.geometry } : { kind: area.kind, name: area.name },
      sourceProject: meta[META_KEYS.projectName] ?? '',
      counts,
    };
    setMeta(db, PACKAGE_META_KEY, JSON.stringify(info));
    setMeta(db, CODE_FLOORS_KEY, JSON.stringify(codeFloorsOf(project)));
    writeAuditEntries(
      db,
      info.createdBy,
      COPIED_TABLES.filter((t) => counts[t] > 0).map((table) => ({ action: 'import' as const, table, rowCode: null, newValues: { rows: counts[table], field_package: packageId, area: selection.label } })),
    );
    db.exec('COMMIT');
    // The project remembers what it handed out, so a package whose base was rewritten is recognised at merge.
    recordIssuedPackage(project, packageId, digest, info.createdAt);
    return { bytes: exportProject(db), info };
  } finally {
    db.close();
  }
}

/** Copies rows as they are (same primary keys, geometry blobs untouched): what the field sees is the project's. */
function copyRows(from: Database, to: Database, table: string, keys: readonly number[]): void {
  if (keys.length === 0) return;
  const schema = findTableSchema(table)!;
  const present = new Set(tableColumns(from, table).map((c) => c.name));
  const columns = [schema.primaryKey, ...(schema.kind === 'features' ? [GEOMETRY_COLUMN] : []), ...schema.columns.map((c) => c.name)].filter((c) => present.has(c));
  const list = columns.map(quoteIdentifier).join(', ');
  const insert = to.prepare(`INSERT INTO ${quoteIdentifier(table)} (${list}) VALUES (${columns.map(() => '?').join(', ')})`);
  try {
    for (let i = 0; i < keys.length; i += 500) {
      const chunk = keys.slice(i, i + 500);
      for (const row of queryRows(from, `SELECT ${list} FROM ${quoteIdentifier(table)} WHERE ${quoteIdentifier(schema.primaryKey)} IN (${chunk.join(',')})`)) {
        insert.run(columns.map((c) => row[c] ?? null));
      }
    }
  } finally {
    insert.free();
  }
}

function copyRelations(from: Database, to: Database, selection: FieldSelection): void {
  if (selection.verifications.length === 0 || selection.photos.length === 0) return;
  const mapping = quoteIdentifier(PHOTO_RELATION.mappingTable);
  const rows = queryRows(from, `SELECT base_id, related_id FROM ${mapping} WHERE base_id IN (${selection.verifications.join(',')}) AND related_id IN (${selection.photos.join(',')})`);
  for (const row of rows) to.run(`INSERT INTO ${mapping} (base_id, related_id) VALUES (?, ?)`, [row.base_id ?? null, row.related_id ?? null]);
}

/** The highest code number per prefix of every merged table in the project, for new rows made in the field. */
function codeFloorsOf(project: Database): Record<string, number> {
  const floors: Record<string, number> = {};
  for (const table of MERGED_TABLES) {
    const prefix = findTableSchema(table)!.codePrefix;
    if (!prefix) continue;
    let max = 0;
    for (const row of queryRows(project, `SELECT code FROM ${quoteIdentifier(table)} WHERE code LIKE ?`, [`${prefix}-%`])) {
      const n = Number(String(row.code).slice(prefix.length + 1));
      if (Number.isInteger(n) && n > max) max = n;
    }
    floors[prefix] = max;
  }
  return floors;
}

function randomId(): string {
  const crypto = (globalThis as unknown as { crypto?: { randomUUID?: () => string } }).crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

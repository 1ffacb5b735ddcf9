// Applies a field package to the project, all or nothing: the clean field edits, and each conflict as the user
// resolved it (the package's value, the project's, or for a code clash both). Unresolved conflicts keep the
// project's value and are returned as remaining. Every row written goes through Landlink's write path (values
// checked, areas recomputed, audit_log rows), and one `merge` entry records the merge with its decisions.
import type { Geometry } from 'geojson';
import type { Database } from 'sql.js';
import { PHOTO_RELATION } from '../../domain/tables/index';
import { GEOMETRY_COLUMN } from '../../domain/schema-types';
import { quoteIdentifier } from '../../gpkg/sql-identifier';
import { DEFAULT_AUDIT_USER, writeAuditEntries } from '../../project/audit-log';
import { deleteFeatures } from '../../project/delete-features';
import { insertFeatures } from '../../project/insert-features';
import { inSavepoint, queryRows, queryScalar } from '../../project/sql-rows';
import { updateFeature } from '../../project/update-feature';
import { mergedSchema, readRowsByCode, type MergedTable } from '../package/package-tables';
import { relatePhoto } from '../photos/store-photos';
import { copyFieldAudit } from './field-audit';
import { recordDecisions, type Decision } from './merge-decisions';
import { canonicalOf, planMergeDetails } from './plan-merge';
import type { MergeChange, MergeConflict, MergeOutcome, MergeResolution } from './merge-types';

export interface ApplyMergeOptions {
  readonly user?: string;
  /** The user confirmed the project is a copy of the county the package was made from (see check-package-identity). */
  readonly sameCounty?: boolean;
}

export function applyMerge(project: Database, pkg: Database, resolutions: Readonly<Record<string, MergeResolution>> = {}, options: ApplyMergeOptions = {}): MergeOutcome {
  const user = options.user ?? DEFAULT_AUDIT_USER;
  const { plan, codeMap } = planMergeDetails(project, pkg, { sameCounty: options.sameCounty === true });
  return inSavepoint(project, 'landlink_merge', () => {
    const applied: MergeChange[] = [];
    const resolved: (MergeConflict & { resolution: MergeResolution })[] = [];
    const remaining: MergeConflict[] = [];
    const decisions: Record<string, Decision> = {};
    const relationChanges = plan.changes.filter((c) => c.action === 'relate' || c.action === 'unrelate');
    const rowChanges = plan.changes.filter((c) => c.action !== 'relate' && c.action !== 'unrelate');

    // Field values to write per row, gathered so each row is updated once (one audit line per row).
    const updates = new Map<string, { table: MergedTable; code: string; values: Record<string, unknown> }>();
    const setField = (table: MergedTable, code: string, field: string, value: unknown) => {
      const key = `${table}/${code}`;
      const entry = updates.get(key) ?? { table, code, values: {} };
      entry.values[field] = value;
      updates.set(key, entry);
    };

    for (const change of rowChanges) {
      const table = change.table as MergedTable;
      if (change.action === 'update') for (const f of change.fields) setField(table, change.code, f.field, f.package);
      else if (change.action === 'delete') deleteRow(project, table, change.code, user);
      else insertFromPackage(project, pkg, table, change.code, change.newCode ?? change.code, user);
      applied.push(change);
    }
    for (const conflict of plan.conflicts) {
      const resolution = resolutions[conflict.id];
      const table = conflict.table as MergedTable;
      if (resolution !== 'package' && resolution !== 'project' && !(resolution === 'both' && conflict.kind === 'code-clash')) {
        remaining.push(conflict);
        continue;
      }
      // Kept the project's value, or both rows: remembered, so the same package does not ask again.
      if (resolution === 'project' || resolution === 'both') {
        decisions[conflict.id] = { package: canonicalOf(mergedSchema(table), conflict.field, conflict.package), project: canonicalOf(mergedSchema(table), conflict.field, conflict.project) };
      }
      if (resolution === 'project') {
        // nothing to write
      } else if (conflict.kind === 'field') {
        setField(table, conflict.code, conflict.field, conflict.package);
      } else if (conflict.kind === 'delete-edit') {
        deleteRow(project, table, conflict.code, user);
      } else if (conflict.kind === 'edit-delete') {
        insertFromPackage(project, pkg, table, conflict.code, conflict.code, user);
      } else if (resolution === 'package') {
        const values = conflict.package as Record<string, unknown>;
        for (const [field, value] of Object.entries(values)) setField(table, conflict.code, field, value);
      } else {
        const projectCodes = readRowsByCode(project, table);
        insertFromPackage(project, pkg, table, conflict.code, nextFreeCode(table, [...projectCodes.keys()]), user);
      }
      resolved.push({ ...conflict, resolution });
    }
    for (const update of updates.values()) {
      const fid = keyOf(project, update.table, update.code);
      if (fid === null) continue;
      const { [GEOMETRY_COLUMN]: geometry, ...properties } = update.values;
      const schema = mergedSchema(update.table);
      const columns = new Set(schema.columns.filter((c) => !c.computed).map((c) => c.name));
      const input = Object.fromEntries(Object.entries(properties).filter(([name]) => columns.has(name)));
      updateFeature(project, update.table, fid, { properties: input, ...(GEOMETRY_COLUMN in update.values ? { geometry: (geometry as Geometry | null) ?? null } : {}) }, { user });
    }
    for (const change of relationChanges) {
      const [v, p] = change.code.split('/') as [string, string];
      const verification = keyOf(project, 'verifications', v);
      const photo = keyOf(project, 'photos', p);
      if (verification === null || photo === null) continue;
      if (change.action === 'relate') relatePhoto(project, { fid: verification, code: v }, { id: photo, code: p }, user);
      else {
        project.run(`DELETE FROM ${quoteIdentifier(PHOTO_RELATION.mappingTable)} WHERE base_id = ? AND related_id = ?`, [verification, photo]);
        writeAuditEntries(project, user, [{ action: 'delete', table: PHOTO_RELATION.mappingTable, rowCode: p, oldValues: { verification: v, photo: p } }]);
      }
      applied.push(change);
    }
    recordDecisions(project, plan.packageInfo.packageId, decisions);
    if (applied.length > 0 || resolved.length > 0) {
      const fieldAudit = copyFieldAudit(project, pkg, plan.packageInfo.createdAt);
      writeAuditEntries(project, user, [
        {
          action: 'merge',
          table: 'field_package',
          rowCode: plan.packageInfo.packageId,
          newValues: {
            package: plan.packageInfo.packageId,
            area: plan.packageInfo.area.name,
            created_at: plan.packageInfo.createdAt,
            applied: applied.length,
            field_audit_rows: fieldAudit,
            resolved: resolved.map((r) => ({ id: r.id, resolution: r.resolution })),
            remaining: remaining.map((r) => r.id),
            problems: plan.problems.map((p) => `${p.table}/${p.code}/${p.field}`),
            renumbered: Object.fromEntries([...codeMap].flatMap(([table, map]) => [...map].filter(([a, b]) => a !== b).map(([a, b]) => [`${table}/${a}`, b]))),
          },
        },
      ]);
    }
    return { applied, resolved, remaining, problems: plan.problems };
  });
}

function keyOf(db: Database, table: string, code: string): number | null {
  const schema = mergedSchema(table as MergedTable);
  const value = queryScalar(db, `SELECT ${quoteIdentifier(schema.primaryKey)} FROM ${quoteIdentifier(table)} WHERE code = ?`, [code]);
  return value === undefined || value === null ? null : Number(value);
}

function deleteRow(db: Database, table: MergedTable, code: string, user: string): void {
  const key = keyOf(db, table, code);
  if (key === null) return;
  deleteFeatures(db, table, [key], { user });
  // A deleted verification or photo takes its relation rows with it (no dangling Related Tables rows).
  if (table === 'verifications') db.run(`DELETE FROM ${quoteIdentifier(PHOTO_RELATION.mappingTable)} WHERE base_id = ?`, [key]);
  if (table === 'photos') db.run(`DELETE FROM ${quoteIdentifier(PHOTO_RELATION.mappingTable)} WHERE related_id = ?`, [key]);
}

/** Inserts the package's row `code` into the project as `asCode`, photo bytes included. */
function insertFromPackage(project: Database, pkg: Database, table: MergedTable, code: string, asCode: string, user: string): void {
  const schema = mergedSchema(table);
  const row = readRowsByCode(pkg, table).get(code);
  if (!row) return;
  const { [GEOMETRY_COLUMN]: geometry, ...values } = row.values;
  const properties: Record<string, unknown> = { ...values, code: asCode };
  if (table === 'photos') {
    properties.data = queryRows(pkg, 'SELECT data FROM photos WHERE code = ?', [code])[0]?.data ?? null;
  }
  insertFeatures(project, table, [{ properties, ...(schema.kind === 'features' ? { geometry: (geometry as Geometry | null) ?? null } : {}) }], { user, fillPlace: false });
}

function nextFreeCode(table: MergedTable, used: readonly string[]): string {
  const prefix = mergedSchema(table).codePrefix ?? table.toUpperCase();
  let next = 1;
  for (const code of used) {
    const n = code.startsWith(`${prefix}-`) ? Number(code.slice(prefix.length + 1)) : NaN;
    if (Number.isInteger(n) && n >= next) next = n + 1;
  }
  return `${prefix}-${String(next).padStart(6, '0')}`;
}

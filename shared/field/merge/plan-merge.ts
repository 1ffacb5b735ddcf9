// The three-way comparison behind "merge a field package back": for every row (by business code) and field, the
// base (the row when the package was made, kept in the package), the package now, and the project now.
//   package = base                      → nothing happened in the field
//   package ≠ base, project = base      → a field edit: apply it
//   package = project                   → the same edit on both sides: nothing to do
//   package ≠ base ≠ project ≠ package  → a conflict for the user, field by field
// Rows deleted on one side and edited on the other are conflicts; rows added on both sides under one code are a
// conflict for features and a renumbering for verifications and photos (records that are only ever added).
// Nothing is decided silently: every difference ends as a change, a conflict, a "same", or a listed problem.
import { checkPackageIdentity, type IdentityOptions } from './check-package-identity';
import type { Geometry } from 'geojson';
import type { Database } from 'sql.js';
import { GEOMETRY_COLUMN, type TableSchema } from '../../domain/schema-types';
import { normalizeValue } from '../../domain/validate-value';
import { fitGeometryToTable } from '../../project/geometry-for-table';
import { queryRows } from '../../project/sql-rows';
import { readBase } from '../package/base-rows';
import { readFieldPackageInfo } from '../package/package-info';
import { APPEND_ONLY_TABLES, canonical, fieldNames, MERGED_TABLES, mergedSchema, readRelationsByCode, readRowsByCode, sameRow, sameValue, type CodedRow, type MergedTable } from '../package/package-tables';
import { readDecisions } from './merge-decisions';
import type { MergeChange, MergeConflict, MergeFieldChange, MergePlan, MergeProblem } from './merge-types';

export class NotAFieldPackageError extends Error {
  override readonly name = 'NotAFieldPackageError';
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
  }
}

export interface PlanDetails {
  readonly plan: MergePlan;
  /** Package code → project code, per table (renumbered verifications and photos, and rows merged earlier). */
  readonly codeMap: ReadonlyMap<MergedTable, ReadonlyMap<string, string>>;
}

export function planMerge(project: Database, pkg: Database, identity: IdentityOptions = {}): MergePlan {
  return planMergeDetails(project, pkg, identity).plan;
}

export function planMergeDetails(project: Database, pkg: Database, identity: IdentityOptions = {}): PlanDetails {
  const info = readFieldPackageInfo(pkg);
  const base = readBase(pkg);
  if (!info || !base) {
    throw new NotAFieldPackageError(
      'the file is not a Landlink field package (it has no field_package entry or no landlink_field_base table); make one with `landlink field-package` or File → Field package',
      '该文件不是 Landlink 外业包（缺少 field_package 信息或 landlink_field_base 表）；请用“外业包导出”生成',
    );
  }
  checkPackageIdentity(project, pkg, info, identity);
  const decisions = readDecisions(project, info.packageId);
  const changes: MergeChange[] = [];
  const conflicts: MergeConflict[] = [];
  const problems: MergeProblem[] = [];
  const codeMap = new Map<MergedTable, Map<string, string>>();
  let same = 0;
  let decided = 0;

  for (const table of MERGED_TABLES) {
    const schema = mergedSchema(table);
    const fields = fieldNames(schema);
    const baseRows = base.rows.get(table) ?? new Map<string, Record<string, unknown>>();
    const packageRows = readRowsByCode(pkg, table);
    // Features: only the rows the package knows (a county has tens of thousands); verifications and photos: all, to
    // recognise a record merged earlier under another code.
    const projectRows = APPEND_ONLY_TABLES.has(table) ? readRowsByCode(project, table) : readRowsByCode(project, table, new Set([...baseRows.keys(), ...packageRows.keys()]));
    const map = new Map<string, string>();
    codeMap.set(table, map);
    const nextCode = codeAllocator(schema, [...projectRows.keys(), ...packageRows.keys()]);
    const conflict = (code: string, field: string, kind: MergeConflict['kind'], b: unknown, p: unknown, o: unknown) => {
      const id = `${table}/${code}/${field}`;
      const decision = decisions[id];
      if (decision && decision.package === canonicalOf(schema, field, p) && decision.project === canonicalOf(schema, field, o)) {
        decided++;
        return;
      }
      conflicts.push({ id, table, code, field, kind, base: b ?? null, package: p ?? null, project: o ?? null });
    };
    const codes = [...new Set([...baseRows.keys(), ...packageRows.keys()])].sort();
    for (const code of codes) {
      const b = baseRows.get(code);
      const p = packageRows.get(code)?.values;
      const o = projectRows.get(code)?.values;
      if (b) {
        if (p && o) {
          const changed: MergeFieldChange[] = [];
          for (const field of fields) {
            if (sameValue(field, schema, p[field], b[field])) continue;
            if (sameValue(field, schema, o[field], b[field])) {
              const problem = checkValue(schema, table, code, field, p[field]);
              if (problem) problems.push(problem);
              else changed.push({ field, base: b[field] ?? null, package: p[field] ?? null, project: o[field] ?? null });
            } else if (sameValue(field, schema, p[field], o[field])) same++;
            else conflict(code, field, 'field', b[field], p[field], o[field]);
          }
          if (changed.length > 0) changes.push({ table, code, action: 'update', fields: changed });
          map.set(code, code);
        } else if (!p && o) {
          if (sameRow(schema, o, b)) changes.push({ table, code, action: 'delete', fields: [] });
          else conflict(code, '*', 'delete-edit', b, null, o);
        } else if (p && !o) {
          if (!sameRow(schema, p, b)) conflict(code, '*', 'edit-delete', b, p, null);
        }
        continue;
      }
      // Added in the field.
      if (!p) continue;
      const rowProblems = checkRow(schema, table, code, p);
      if (rowProblems.length > 0) {
        problems.push(...rowProblems);
        continue;
      }
      if (!o) {
        const earlier = APPEND_ONLY_TABLES.has(table) ? findSameRecord(schema, table, p, projectRows) : undefined;
        if (earlier) {
          same++;
          map.set(code, earlier);
        } else {
          changes.push({ table, code, action: 'insert', fields: insertFields(fields, p) });
          map.set(code, code);
        }
      } else if (sameRow(schema, p, o)) {
        same++;
        map.set(code, code);
      } else if (APPEND_ONLY_TABLES.has(table)) {
        const earlier = findSameRecord(schema, table, p, projectRows);
        if (earlier) {
          same++;
          map.set(code, earlier);
        } else {
          const newCode = nextCode();
          changes.push({ table, code, action: 'insert', fields: insertFields(fields, p), newCode });
          map.set(code, newCode);
        }
      } else {
        conflict(code, '*', 'code-clash', null, p, o);
      }
    }
  }

  // Photo relations, by codes mapped into the project.
  const packageRelations = readRelationsByCode(pkg);
  const projectRelations = readRelationsByCode(project);
  const mapPair = (pair: string) => {
    const [v, ph] = pair.split('/') as [string, string];
    const mv = codeMap.get('verifications')!.get(v);
    const mp = codeMap.get('photos')!.get(ph);
    return mv && mp ? `${mv}/${mp}` : null;
  };
  for (const pair of [...packageRelations].sort()) {
    if (base.relations.has(pair)) continue;
    const mapped = mapPair(pair);
    if (mapped && !projectRelations.has(mapped)) changes.push({ table: 'verifications_photos', code: mapped, action: 'relate', fields: [] });
  }
  for (const pair of [...base.relations].sort()) {
    if (packageRelations.has(pair) || !projectRelations.has(pair)) continue;
    changes.push({ table: 'verifications_photos', code: pair, action: 'unrelate', fields: [] });
  }

  const previousMerges = queryRows(project, "SELECT at, user FROM audit_log WHERE action = 'merge' AND row_code = ? ORDER BY at", [info.packageId]).map((r) => ({ at: String(r.at), user: String(r.user ?? '') }));
  return { plan: { packageInfo: info, changes, conflicts, same, decided, problems, previousMerges }, codeMap };
}

export function canonicalOf(schema: TableSchema, field: string, value: unknown): string {
  return field === '*' ? (value === null || value === undefined ? 'null' : JSON.stringify(fieldNames(schema).map((f) => canonical(f, schema, (value as Record<string, unknown>)[f])))) : canonical(field, schema, value);
}

function insertFields(fields: readonly string[], row: Record<string, unknown>): MergeFieldChange[] {
  return fields.filter((f) => row[f] !== null && row[f] !== undefined).map((field) => ({ field, base: null, package: row[field], project: null }));
}

/** A verification or photo already in the project under another code (merged before): same photo bytes or same record. */
function findSameRecord(schema: TableSchema, table: string, row: Record<string, unknown>, projectRows: ReadonlyMap<string, CodedRow>): string | undefined {
  for (const [code, candidate] of projectRows) {
    if (table === 'photos') {
      if (row.sha256 && candidate.values.sha256 === row.sha256) return code;
    } else if (sameRow(schema, { ...row, code }, candidate.values)) {
      return code;
    }
  }
  return undefined;
}

/** New codes after the highest used on either side, so a renumbered record clashes with nothing. */
function codeAllocator(schema: TableSchema, used: readonly string[]): () => string {
  const prefix = schema.codePrefix ?? schema.name.toUpperCase();
  let next = 1;
  for (const code of used) {
    if (!code.startsWith(`${prefix}-`)) continue;
    const n = Number(code.slice(prefix.length + 1));
    if (Number.isInteger(n) && n >= next) next = n + 1;
  }
  return () => `${prefix}-${String(next++).padStart(6, '0')}`;
}

function checkRow(schema: TableSchema, table: string, code: string, row: Record<string, unknown>): MergeProblem[] {
  return fieldNames(schema)
    .map((field) => checkValue(schema, table, code, field, row[field]))
    .filter((p): p is MergeProblem => p !== null);
}

/** Whether Landlink's write path accepts the value; a problem names the field and why. */
function checkValue(schema: TableSchema, table: string, code: string, field: string, value: unknown): MergeProblem | null {
  if (field === GEOMETRY_COLUMN) {
    if (value === null || value === undefined) return null;
    const fitted = fitGeometryToTable(value as Geometry, schema.geometryType ?? 'MULTIPOLYGON');
    return fitted.ok ? null : { table, code, field, value, message: { en: `geometry: ${fitted.message}`, zh: `几何：${fitted.messageZh}` } };
  }
  const column = schema.columns.find((c) => c.name === field);
  if (!column) return null;
  const result = normalizeValue(column, value);
  return result.ok ? null : { table, code, field, value, message: { en: result.message, zh: result.messageZh } };
}

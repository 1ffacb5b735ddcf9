// Which tables the feature write path accepts: Landlink's own, except the ones only Landlink itself writes.
import { findTableSchema } from '../domain/tables/index';
import type { TableSchema } from '../domain/schema-types';
import { FeatureWriteError } from './feature-write-error';

const WRITTEN_BY_LANDLINK_ONLY = new Set(['audit_log', 'landlink_meta']);

export function writableTableSchema(table: string): TableSchema {
  const schema = findTableSchema(table);
  if (!schema) throw new FeatureWriteError('unknown-table', `“${table}” is not a Landlink table; choose one of the project's layers`, `“${table}”不是 Landlink 的图层；请选择项目中的图层`);
  if (WRITTEN_BY_LANDLINK_ONLY.has(table)) {
    throw new FeatureWriteError('read-only-table', `${table} is written by Landlink itself and cannot be edited`, `${schema.label.zh}由 Landlink 自动维护，不能直接编辑`);
  }
  return schema;
}

import type { Database, SqlJsStatic } from 'sql.js';
import { createEmptyProject } from '../../../shared/project/create-empty-project';
export function buildSampleProject(SQL: SqlJsStatic, _seed?: number): Database {
  return createEmptyProject(SQL, { name: '示例县', county: '示例县', synthetic: true });
}

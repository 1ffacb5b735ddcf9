// The sample county as a Landlink project database: what the app opens on first start and `landlink sample` saves.
import type { Database, SqlJsStatic } from 'sql.js';
import { createEmptyProject } from '../shared/project/create-empty-project';
import { insertFeatures } from '../shared/project/insert-features';
import { META_KEYS, setMeta } from '../shared/project/project-meta';
import { generateSampleCounty, type SampleOptions } from './generate-sample-county';

export function buildSampleProject(SQL: SqlJsStatic, options: SampleOptions = {}): Database {
  const county = generateSampleCounty(options);
  const db = createEmptyProject(SQL, { name: county.projectName, county: county.county, synthetic: true });
  db.exec('BEGIN');
  for (const layer of county.layers) insertFeatures(db, layer.table, layer.rows, { user: 'landlink sample', audit: 'summary' });
  setMeta(db, META_KEYS.generator, JSON.stringify({ generator: 'landlink sample', seed: county.seed, parcels: options.parcels ?? null, referenceDate: county.referenceDate, note: 'synthetic data: every name, number and boundary is invented' }));
  db.exec('COMMIT');
  return db;
}

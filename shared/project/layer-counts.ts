// Row counts of every table listed in gpkg_contents (Landlink's and any other tool's).
import type { Database } from 'sql.js';
import { quoteIdentifier } from '../gpkg/sql-identifier';
import { queryRows, queryScalar } from './sql-rows';

export function layerCounts(db: Database): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of queryRows(db, "SELECT table_name FROM gpkg_contents WHERE data_type IN ('features', 'attributes') ORDER BY table_name")) {
    const table = String(row.table_name);
    try {
      counts[table] = Number(queryScalar(db, `SELECT count(*) FROM ${quoteIdentifier(table)}`) ?? 0);
    } catch {
      counts[table] = -1; // listed but missing: validation reports it
    }
  }
  return counts;
}

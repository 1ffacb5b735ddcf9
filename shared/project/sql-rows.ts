// Small helpers over sql.js's result shapes, so project code reads as queries rather than array plumbing.
import type { Database, SqlValue } from 'sql.js';

export function queryRows(db: Database, sql: string, params: SqlValue[] = []): Record<string, SqlValue>[] {
  const statement = db.prepare(sql);
  try {
    statement.bind(params);
    const rows: Record<string, SqlValue>[] = [];
    while (statement.step()) rows.push(statement.getAsObject() as Record<string, SqlValue>);
    return rows;
  } finally {
    statement.free();
  }
}

export function queryScalar(db: Database, sql: string, params: SqlValue[] = []): SqlValue | undefined {
  const statement = db.prepare(sql);
  try {
    statement.bind(params);
    return statement.step() ? statement.get()[0] : undefined;
  } finally {
    statement.free();
  }
}

/** Column names of a table, in order. */
export function tableColumns(db: Database, table: string): { name: string; type: string; pk: boolean }[] {
  return queryRows(db, `SELECT name, type, pk FROM pragma_table_info(?)`, [table]).map((row) => ({
    name: String(row.name),
    type: String(row.type ?? ''),
    pk: Number(row.pk) > 0,
  }));
}

/** Runs `work` inside a SAVEPOINT: all of it is kept, or none of it. */
export function inSavepoint<T>(db: Database, name: string, work: () => T): T {
  db.exec(`SAVEPOINT ${name}`);
  try {
    const result = work();
    db.exec(`RELEASE ${name}`);
    return result;
  } catch (error) {
    db.exec(`ROLLBACK TO ${name}`);
    db.exec(`RELEASE ${name}`);
    throw error;
  }
}

// Conflicts the user decided for the project's value, remembered per package (landlink_meta
// `field_merge_decisions`), so merging the same package again does not ask again, as long as neither side has
// changed that field since. Values are kept in their canonical comparison form.
import type { Database } from 'sql.js';
import { readMeta, setMeta } from '../../project/project-meta';

const KEY = 'field_merge_decisions';

export interface Decision {
  readonly package: string;
  readonly project: string;
}

type AllDecisions = Record<string, Record<string, Decision>>;

function readAll(db: Database): AllDecisions {
  try {
    return JSON.parse(readMeta(db)[KEY] ?? '{}') as AllDecisions;
  } catch {
    return {};
  }
}

export function readDecisions(db: Database, packageId: string): Readonly<Record<string, Decision>> {
  return readAll(db)[packageId] ?? {};
}

export function recordDecisions(db: Database, packageId: string, decisions: Readonly<Record<string, Decision>>): void {
  if (Object.keys(decisions).length === 0) return;
  const all = readAll(db);
  all[packageId] = { ...(all[packageId] ?? {}), ...decisions };
  setMeta(db, KEY, JSON.stringify(all));
}

// Remembers the user's field choices per source signature (format and the set of field names) and target table, so
// the next delivery from the same survey office maps itself. Stored in localStorage: small, per machine, no project.
const PREFIX = 'landlink.import.fieldMap.';

export type UserFieldMap = Record<string, string | null>;

/** The same fields in any order give the same signature; a different field set is a different source. */
export function sourceSignature(format: string, fields: readonly string[]): string {
  return `${format.replace(/-zip$/, '')}:${[...fields].map((f) => f.toLowerCase()).sort().join('|')}`;
}

function key(signature: string, table: string): string {
  return `${PREFIX}${table}:${signature}`;
}

export function recallFieldMap(signature: string, table: string, storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): UserFieldMap | undefined {
  try {
    const text = storage?.getItem(key(signature, table));
    if (!text) return undefined;
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as UserFieldMap) : undefined;
  } catch {
    return undefined; // a damaged entry is just forgotten
  }
}

export function rememberFieldMap(signature: string, table: string, map: UserFieldMap, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  if (Object.keys(map).length === 0) return;
  try {
    storage?.setItem(key(signature, table), JSON.stringify(map));
  } catch {
    // Storage full or disabled: the mapping simply is not remembered.
  }
}

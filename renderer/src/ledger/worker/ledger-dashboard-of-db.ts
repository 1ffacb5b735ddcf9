// The 一张图 dashboard's people and houses: households and persons relocated, laborers employed or not, facilities
// per resettlement site, and old houses by status. Read straight from the project tables (missing tables count 0).
import type { Database } from 'sql.js';
import type { LedgerDashboard } from '../../../../shared/ipc/ledger-protocol';
import { tableExists } from '../../../../shared/gpkg/core-tables';
import { queryRows } from '../../../../shared/project/sql-rows';

export function dashboardOfDb(db: Database): Pick<LedgerDashboard, 'households' | 'persons' | 'laborers' | 'laborersEmployed' | 'sites' | 'housesByStatus'> {
  const sites = tableExists(db, 'resettlement_sites')
    ? queryRows(db, 'SELECT name, households, persons, laborers, laborers_employed, facilities FROM resettlement_sites ORDER BY name')
    : [];
  const housesByStatus: Record<string, number> = {};
  if (tableExists(db, 'old_houses')) for (const r of queryRows(db, 'SELECT status, count(*) AS n FROM old_houses GROUP BY status')) housesByStatus[String(r.status ?? '')] = Number(r.n ?? 0);
  const num = (v: unknown) => (typeof v === 'number' ? v : Number(v ?? 0) || 0);
  return {
    households: sites.reduce((s, r) => s + num(r.households), 0),
    persons: sites.reduce((s, r) => s + num(r.persons), 0),
    laborers: sites.reduce((s, r) => s + num(r.laborers), 0),
    laborersEmployed: sites.reduce((s, r) => s + num(r.laborers_employed), 0),
    sites: sites.map((r) => ({ name: String(r.name ?? ''), households: num(r.households), persons: num(r.persons), facilities: facilitiesText(r.facilities) })),
    housesByStatus,
  };
}

/** Facilities are stored as JSON (a list of {type, name, count}, or of names, or an object of counts); one short line. */
function facilitiesText(value: unknown): string {
  if (typeof value !== 'string' || !value) return '';
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed)) return parsed.map(facilityText).join('、');
    if (parsed && typeof parsed === 'object') return Object.entries(parsed).map(([k, v]) => (v === true ? k : `${k} ${String(v)}`)).join('、');
    return String(parsed);
  } catch {
    return value;
  }
}

function facilityText(item: unknown): string {
  if (item && typeof item === 'object') {
    const { name, type, count } = item as { name?: unknown; type?: unknown; count?: unknown };
    const label = String(name ?? type ?? '');
    return typeof count === 'number' && count > 1 ? `${label}×${count}` : label;
  }
  return String(item);
}

// What a change to the map tables did to the ledger, as ledger edits: the parcels and construction plots before and
// after (by code) become put/remove edits. Any write path (a cell, a form, a status change of many parcels, a
// deletion, a boundary edit, a split or a merge) is checked the same way: make the change, read the rows again, diff.
import { areaUnits } from './area-units';
import type { LedgerEdit } from './ledger-edit';
import type { ConstructionPlotRow, LedgerRows, ParcelRow } from './ledger-rows';

export type MapLedgerRows = Pick<LedgerRows, 'parcels' | 'plots'>;

export function ledgerRowsDiff(before: MapLedgerRows, after: MapLedgerRows): LedgerEdit[] {
  const edits: LedgerEdit[] = [];
  const parcelsBefore = byCode(before.parcels);
  const parcelsAfter = byCode(after.parcels);
  for (const [code, parcel] of parcelsAfter) {
    const old = parcelsBefore.get(code);
    if (!old || !sameParcel(old, parcel)) edits.push({ kind: 'put-parcel', parcel });
  }
  for (const code of parcelsBefore.keys()) if (!parcelsAfter.has(code)) edits.push({ kind: 'remove-parcel', parcelCode: code });
  const plotsBefore = byCode(before.plots);
  const plotsAfter = byCode(after.plots);
  for (const [code, plot] of plotsAfter) {
    const old = plotsBefore.get(code);
    if (!old || !samePlot(old, plot)) edits.push({ kind: 'put-plot', plot });
  }
  for (const code of plotsBefore.keys()) if (!plotsAfter.has(code)) edits.push({ kind: 'remove-plot', plotCode: code });
  return edits;
}

function byCode<T extends { readonly code: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.code, row]));
}

function sameParcel(a: ParcelRow, b: ParcelRow): boolean {
  return a.project_code === b.project_code && a.status === b.status && areaUnits(a.area_m2) === areaUnits(b.area_m2);
}

function samePlot(a: ConstructionPlotRow, b: ConstructionPlotRow): boolean {
  return a.project_code === b.project_code && areaUnits(a.area_m2) === areaUnits(b.area_m2);
}

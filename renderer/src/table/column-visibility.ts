// Which columns show: each column's default (schema-driven), overridden by what the user chose in the column chooser.
import type { DisplayColumn } from './table-columns';

export function columnVisibility(columns: readonly DisplayColumn[], chosen: Readonly<Record<string, boolean>>): Record<string, boolean> {
  return Object.fromEntries(columns.map((c) => [c.id, chosen[c.id] ?? !c.hiddenByDefault]));
}

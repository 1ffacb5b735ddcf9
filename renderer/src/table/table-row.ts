// One row of the attribute table: a feature's properties (or an attribute-only table's row), always with its `fid`.
export type TableRow = Readonly<Record<string, unknown>> & { readonly fid: number };

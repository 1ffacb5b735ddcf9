// Shorthand for column definitions, so each table file reads as a list of columns and their labels.
import type { ColumnKind, ColumnSchema } from '../schema-types';

export function column(name: string, kind: ColumnKind, zh: string, en: string, extra: Partial<ColumnSchema> = {}): ColumnSchema {
  return { name, kind, label: { zh, en }, ...extra };
}

/** The unique business code every feature and ledger row carries. */
export const codeColumn = (zh = '编号'): ColumnSchema => column('code', 'code', zh, 'Code', { required: true, unique: true });

export const remarksColumn: ColumnSchema = column('remarks', 'text', '备注', 'Remarks');

/** The cached ellipsoidal area (CGCS2000), recomputed from geometry by every write; never typed in. */
export const areaColumn: ColumnSchema = column('area_m2', 'real', '椭球面积', 'Ellipsoidal area', { computed: 'ellipsoidal-area', unit: 'm²', min: 0 });

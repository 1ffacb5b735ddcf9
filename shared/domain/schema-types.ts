// The shape of Landlink's schema. One definition per table drives CREATE TABLE (ddl.ts), the labels the UI shows
// (labels.ts), and the checks every write goes through (validate-row.ts), so the three can never disagree.
import type { EnumName } from './enums';

export interface Label {
  readonly zh: string;
  readonly en: string;
}

/**
 * Column kinds and how they are stored: `text`/`code` TEXT, `integer` INTEGER, `real` DOUBLE, `boolean` BOOLEAN (0/1),
 * `date` DATE ('YYYY-MM-DD'), `datetime` DATETIME (ISO 8601 UTC, 'YYYY-MM-DDTHH:MM:SS.SSSZ' as GeoPackage asks),
 * `enum` TEXT holding one of the English codes of `enum`, `json` TEXT holding a JSON document, `blob` BLOB.
 */
export type ColumnKind = 'text' | 'code' | 'integer' | 'real' | 'boolean' | 'date' | 'datetime' | 'enum' | 'json' | 'blob';

export interface ColumnSchema {
  readonly name: string;
  readonly kind: ColumnKind;
  readonly label: Label;
  /** For `enum` columns: which value list applies. */
  readonly enum?: EnumName;
  /** NOT NULL in the table, and required on import. */
  readonly required?: boolean;
  /** UNIQUE in the table. */
  readonly unique?: boolean;
  /** Inclusive bounds for numbers. */
  readonly min?: number;
  readonly max?: number;
  /** Written only by Landlink's write path (e.g. the cached ellipsoidal area); never accepted from users or imports. */
  readonly computed?: 'ellipsoidal-area';
  /** Unit shown after the value, e.g. `m²`, `元`. */
  readonly unit?: string;
}

export type GeometryType = 'POINT' | 'LINESTRING' | 'MULTIPOLYGON';

export interface TableSchema {
  readonly name: string;
  /** `features` have a geometry column `geom`; `media` follows the Related Tables media table layout. */
  readonly kind: 'features' | 'attributes' | 'media';
  readonly geometryType?: GeometryType;
  readonly label: Label;
  readonly description: string;
  /** Name of the primary key column: `fid` everywhere except media tables, where the extension asks for `id`. */
  readonly primaryKey: 'fid' | 'id';
  /** Prefix of generated business codes, e.g. `FK` → `FK-000123`. Absent for tables without a code. */
  readonly codePrefix?: string;
  readonly columns: readonly ColumnSchema[];
}

export const GEOMETRY_COLUMN = 'geom';

// The import wizard's (UI thread) operations on its reading worker (import-worker.ts). The worker keeps
// the picked files and answers each `prepare` with everything the wizard shows: how the file was read, the
// coordinate system and encoding with the reason, the mapped features in EPSG:4490, and what is wrong with them.
import type { FeatureCollection, Geometry } from 'geojson';
import type { BilingualText } from '../../../shared/crs/crs-info';
import type { FileFormat } from '../../../shared/formats/detect-format';
import type { FieldMappingEntry, SourceAreaField } from '../../../shared/formats/field-mapping/suggest-field-map';
import type { SourceAreaComparison } from '../../../shared/formats/field-mapping/source-areas';
import type { ValueProblemAt } from '../../../shared/formats/import-file';
import type { ReadProperties } from '../../../shared/formats/read-result';
import type { TableGeometry } from '../../../shared/formats/table/table-to-layer';
import type { GeometryProblem } from '../../../shared/geo/validate/index';

export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** How to read the files: each field is the user's override; absent means "as detected". */
export interface ReadChoices {
  readonly layer?: string;
  /** EPSG code the user chose instead of the detected system. */
  readonly crsCode?: number;
  readonly encoding?: string;
  readonly tableGeometry?: TableGeometry;
}

export interface PrepareRequest {
  readonly table: string;
  /** The user's own field choices (source field → column, null leaves it out), merged over the suggestions. */
  readonly userMap: Readonly<Record<string, string | null>>;
  /** Values for required columns no field fills (e.g. status = planned for a 三调 layer). */
  readonly defaults: Readonly<Record<string, unknown>>;
  readonly read: ReadChoices;
}

export type CrsState =
  | { readonly ok: true; readonly code: number; readonly name: string; readonly how: BilingualText; readonly axisSwapped: boolean; readonly warnings: readonly BilingualText[] }
  | { readonly ok: false; readonly reason: BilingualText };

/** Geometry problems of one feature, and the repaired geometry when the safe repair leaves no error. */
export interface FeatureGeometryReport {
  readonly feature: number;
  readonly problems: readonly GeometryProblem[];
  /** Set when repairGeometry removes every error; the wizard's "fix" uses it. */
  readonly repaired?: Geometry;
  readonly repairs: readonly BilingualText[];
}

/** Everything the wizard shows about one reading of the files with one set of choices. */
export interface PreparedImport {
  readonly sourceName: string;
  readonly format: FileFormat;
  readonly file: string;
  readonly layerName: string;
  readonly layers: readonly string[];
  readonly encoding?: { readonly name: string; readonly how: BilingualText };
  readonly crs: CrsState;
  readonly notes: readonly BilingualText[];
  /** Reading, datum, area and mapping warnings together. */
  readonly warnings: readonly BilingualText[];
  readonly fields: readonly string[];
  readonly featureCount: number;
  /** The first rows as read (source field names), for the preview table. */
  readonly sampleRows: readonly ReadProperties[];
  readonly table: string;
  /** Present only when the coordinate system is decided (otherwise nothing can be placed on the map). */
  readonly mapped?: MappedFeatures;
}

export interface MappedFeatures {
  /** EPSG:4490, properties keyed by Landlink column: what project.importFeatures takes. */
  readonly collection: FeatureCollection<Geometry | null, Record<string, unknown>>;
  readonly entries: readonly FieldMappingEntry[];
  readonly missingRequired: readonly string[];
  readonly sourceAreaFields: readonly SourceAreaField[];
  /** Landlink's ellipsoidal area (CGCS2000) of each feature, m²; null for points and lines. */
  readonly areasM2: readonly (number | null)[];
  readonly sourceAreas: readonly SourceAreaComparison[];
  /** Values a column will refuse. */
  readonly valueProblems: readonly ValueProblemAt[];
  /** Features with geometry problems (only those with at least one). */
  readonly geometry: readonly FeatureGeometryReport[];
}

/** The import worker's operations over the one worker RPC (renderer/src/rpc): `load` hands it the picked files once
 * per start, `prepare` reads them with one set of choices. */
export interface ImportWorkerOperations {
  'import.load': { args: { files: readonly PickedFile[] }; result: null };
  'import.prepare': { args: PrepareRequest; result: PreparedImport };
}

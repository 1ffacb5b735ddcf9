// Typed messages between the UI thread and the project worker, where all heavy work runs (sql.js, sample
// generation, areas, imports). Each request names its operation; its arguments and result types are fixed here, so
// both halves are checked by the compiler.
import type { FeatureCollection, Geometry } from 'geojson';
import type { PlanScenario } from '../finance/plan/plan-inputs';
import type { LedgerIssue } from '../ledger/ledger-issue';
import type { AddPaymentResult, AddSaleResult, LedgerEditableTable, LedgerSettingsChange, LedgerView, NewPayment, NewSale } from './ledger-protocol';
import type { PrintData } from '../print/print-data';
import type { PrintSettings } from '../print/print-settings';
import type { FieldPhoto, PhotoImportArgs, SaveVerificationResult, VerificationInput } from './field-protocol';
import type { PhotoImportResult } from '../field/photos/index';
import type { FieldArea } from '../field/package/index';
import type { ReportVillage } from '../field/report/index';
import type { MergeOutcome, MergePlan, MergeResolution } from '../field/merge/index';

/** Features of one project table as the map shows them (EPSG:4490 lon/lat). */
export interface LayerData {
  readonly table: string;
  readonly features: FeatureCollection;
}

export interface ParcelStatusArea {
  readonly status: string;
  readonly count: number;
  readonly areaMu: number;
}

export interface LinkageProjectFigures {
  readonly code: string;
  readonly name: string;
  readonly acceptedMu: number;
  readonly constructionMu: number;
  readonly surplusMu: number;
  readonly soldMu: number;
  readonly availableMu: number;
}

export interface ProjectSummaryView {
  readonly counts: Readonly<Record<string, number>>;
  readonly parcelsByStatus: readonly ParcelStatusArea[];
  readonly projects: readonly LinkageProjectFigures[];
}

export interface HistoryLabel {
  readonly zh: string;
  readonly en: string;
}

/** Everything the UI needs after any change to the project. */
export interface ProjectView {
  readonly name: string;
  readonly county: string;
  readonly synthetic: boolean;
  readonly layers: readonly LayerData[];
  readonly summary: ProjectSummaryView;
  /** [west, south, east, north] of all features, or null for an empty project. */
  readonly bounds: readonly [number, number, number, number] | null;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** What each undo and redo step does, oldest first (the history list shows them). */
  readonly history: { readonly undo: readonly HistoryLabel[]; readonly redo: readonly HistoryLabel[] };
  /** Notes from opening, e.g. that a foreign spatial index was dropped. */
  readonly notices: readonly string[];
}

export interface AuditRow {
  readonly at: string;
  readonly user: string | null;
  readonly action: string;
  readonly oldValues: Record<string, unknown> | null;
  readonly newValues: Record<string, unknown> | null;
}

export type FeatureEdit =
  | { readonly kind: 'insert'; readonly properties?: Record<string, unknown>; readonly geometry?: Geometry | null }
  | { readonly kind: 'update'; readonly fid: number; readonly properties?: Record<string, unknown>; readonly geometry?: Geometry | null }
  | { readonly kind: 'delete'; readonly fid: number };

/**
 * Edits of parcels and construction plots that would leave sold quota above a project's surplus are refused with a
 * `ledger-confirm` failure naming the sales; the UI asks the user and sends the edit again with this flag set.
 */
export interface LedgerAcknowledgement {
  readonly acknowledgeLedgerWarnings?: boolean;
}

export interface WorkerOperations {
  'project.openSample': { args: { seed?: number }; result: ProjectView };
  'project.new': { args: { name: string; county: string }; result: ProjectView };
  'project.open': { args: { bytes: Uint8Array; name: string }; result: ProjectView };
  'project.export': { args: Record<string, never>; result: { bytes: Uint8Array } };
  /** Changes one feature's properties and/or geometry (one undoable step; refused with a message if invalid). */
  'feature.update': { args: { table: string; fid: number; properties?: Record<string, unknown>; geometry?: Geometry | null } & LedgerAcknowledgement; result: ProjectView };
  /** Adds features (one undoable step); returns their new fids. */
  'feature.insert': { args: { table: string; features: readonly { properties?: Record<string, unknown>; geometry?: Geometry | null }[] } & LedgerAcknowledgement; result: { view: ProjectView; fids: number[] } };
  'feature.delete': { args: { table: string; fids: readonly number[] } & LedgerAcknowledgement; result: ProjectView };
  /** Several edits of one table as one undoable step (split: update + insert; merge: update + delete). */
  'feature.batch': { args: { table: string; edits: readonly FeatureEdit[]; label?: HistoryLabel } & LedgerAcknowledgement; result: { view: ProjectView; insertedFids: number[] } };
  /** Rows of a table without geometry (ledger tables, audit log), for tables and forms. */
  'table.rows': { args: { table: string }; result: { columns: string[]; rows: Record<string, unknown>[] } };
  /**
   * Imports features already read, mapped and transformed to EPSG:4490 (shared/formats/import-file.ts), as one
   * undoable, all-or-nothing step.
   */
  'project.importFeatures': { args: { table: string; collection: FeatureCollection; sourceName: string } & LedgerAcknowledgement; result: ProjectView };
  /** Writes project tables in an exchange format (shared/formats/export/export-layer.ts); household data masked unless asked. */
  'project.exportLayers': {
    args: { tables: readonly string[]; format: 'geojson' | 'shapefile' | 'kml' | 'csv' | 'xlsx' | 'geopackage' | 'coordinate-txt'; crsCode?: number; encoding?: 'utf-8' | 'gbk'; includePersonal?: boolean };
    result: { bytes: Uint8Array; warnings: { en: string; zh: string }[]; masked: Record<string, number> };
  };
  /** The audit trail of one feature or row, newest first. */
  'feature.history': { args: { table: string; code: string }; result: AuditRow[] };
  'history.undo': { args: Record<string, never>; result: ProjectView | null };
  'history.redo': { args: Record<string, never>; result: ProjectView | null };
  /** The ledger workspace's view: quotas, sales, loans with schedules, checks, the plan for a scenario, dashboard. */
  'ledger.view': { args: { scenario?: Partial<PlanScenario>; asOfDate?: string }; result: LedgerView };
  /** Adds a quota sale if the ledger's rules allow it (one undoable step); a refused sale changes nothing. */
  'ledger.addSale': { args: { sale: NewSale }; result: { outcome: AddSaleResult; view: ProjectView | null } };
  /** Records a payment received for a sale if the ledger's rules allow it (one undoable step). */
  'ledger.addPayment': { args: { payment: NewPayment }; result: { outcome: AddPaymentResult; view: ProjectView | null } };
  /** Saves a field verification (new, or completing the record `code`) as one undoable step with audit_log. */
  'verification.save': { args: { verification: VerificationInput; code?: string; user?: string }; result: { saved: SaveVerificationResult; view: ProjectView } };
  /** Photos of one entity (through its verifications), or all photos; with their bytes, or small JPEG thumbnails when asked. */
  'photos.list': { args: { entity?: { table: string; code: string }; thumbnails?: boolean }; result: FieldPhoto[] };
  /** What the print view needs beyond the map layers: places with boxes, tallies, the quota chain, saved settings. */
  'print.data': { args: Record<string, never>; result: { data: PrintData; settings: PrintSettings } };
  /** Remembers the print layout settings in the project (landlink_meta `print.layout`), as one undoable step. */
  'print.saveSettings': { args: { settings: PrintSettings }; result: ProjectView };
  /** Reads EXIF, matches photos to houses and parcels (shared/field/photos); stores them as one undoable step unless a dry run. */
  'photos.import': { args: PhotoImportArgs; result: { result: PhotoImportResult; view: ProjectView | null } };
  /** Adds (code null) or changes a loan, a turnover quota row or a sale's tranche plan (one undoable step). */
  'ledger.saveRow': { args: { table: LedgerEditableTable; code: string | null; values: Record<string, unknown> }; result: { view: ProjectView; code: string } };
  /** Deletes a loan or a turnover quota row (one undoable step). */
  'ledger.deleteRow': { args: { table: LedgerEditableTable; code: string }; result: ProjectView };
  /** Saves price presets and/or county targets in landlink_meta (one undoable step). */
  'ledger.saveSettings': { args: LedgerSettingsChange; result: ProjectView };
  /** A field package of a township, village or drawn area (shared/field/package); the project is not changed. */
  'fieldPackage.export': { args: { area: FieldArea; createdBy?: string }; result: { bytes: Uint8Array; counts: Record<string, number>; label: string } };
  /** Opens a field package and plans the three-way merge; the package stays open (token) until applied or discarded. */
  'merge.preview': { args: { bytes: Uint8Array; name: string }; result: { token: number; plan: MergePlan } };
  /** Applies clean changes and the user's conflict choices as one undoable step. */
  'merge.apply': { args: { token: number; resolutions: Record<string, MergeResolution>; user?: string; /** The user has seen the quota sales the merge breaks and goes on. */ acknowledged?: boolean }; result: { outcome: MergeOutcome; view: ProjectView } };
  'merge.discard': { args: Record<string, never>; result: null };
  /** The verification report (XLSX: summary and one sheet per village), households masked unless asked. */
  'field.report': { args: { villages?: string[]; includePersonal?: boolean }; result: { bytes: Uint8Array } };
  /** The verification report's pages for printing as PDF: per village its figures and verifications, and the photos (JPEG, reduced for print). */
  'field.reportPages': { args: { villages?: string[] }; result: { villages: ReportVillage[]; photos: ReportPhoto[] } };
  /** Asks the running operation `id` to stop at its next step (imports roll back); answered at once. */
  'task.cancel': { args: { id: number }; result: null };
}

/** A photo in the printed verification report: which verification it belongs to, and what its caption says. */
export interface ReportPhoto {
  readonly verificationCode: string | null;
  readonly code: string;
  readonly takenAt: string | null;
  readonly azimuthDeg: number | null;
  readonly fileName: string | null;
  readonly bytes: Uint8Array;
}

export type WorkerOperation = keyof WorkerOperations;

export interface WorkerRequest<K extends WorkerOperation = WorkerOperation> {
  readonly id: number;
  readonly op: K;
  readonly args: WorkerOperations[K]['args'];
}

/** A failure the user can act on: what went wrong, where, and how to fix it, in both languages. */
export interface WorkerFailure {
  readonly code: string;
  readonly message: string;
  readonly messageZh: string;
  /** The column the failure is about, when it names one (a form shows the message there). */
  readonly field?: string;
  /** For `ledger-confirm`: the ledger's warnings, each naming the sales the edit breaks. */
  readonly ledgerIssues?: readonly LedgerIssue[];
}

export type WorkerResponse =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | { readonly id: number; readonly ok: false; readonly error: WorkerFailure }
  | { readonly id: number; readonly progress: { readonly done: number; readonly total: number; readonly label: string } };

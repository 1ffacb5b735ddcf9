// The project worker's operations (sql.js, sample generation, areas, imports, the ledger, field work), spoken over
// the one worker RPC (renderer/src/rpc): each operation's arguments and result are fixed here, so both halves are
// checked by the compiler. Only the renderer uses them, so they live beside the worker, not in shared/.
import type { FeatureCollection, Geometry } from 'geojson';
import type { PlanScenario } from '../../../shared/finance/plan/plan-inputs';
import type { AddPaymentResult, AddSaleResult, LedgerEditableTable, LedgerSettingsChange, LedgerView, NewPayment, NewSale } from '../../../shared/ipc/ledger-protocol';
import type { PrintData } from '../../../shared/print/print-data';
import type { PrintSettings } from '../../../shared/print/print-settings';
import type { FieldPhoto, PhotoImportArgs, SaveVerificationResult, VerificationInput } from '../../../shared/ipc/field-protocol';
import type { PhotoImportResult } from '../../../shared/field/photos/index';
import type { FieldArea } from '../../../shared/field/package/index';
import type { ReportVillage } from '../../../shared/field/report/index';
import type { MergeOutcome, MergePlan, MergeResolution } from '../../../shared/field/merge/index';

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

/**
 * What one change did to a map layer: features added or changed (whole, as the map draws them) and ids removed.
 * The UI patches its layers and the map applies it with GeoJSONSource.updateData instead of a whole new source.
 */
export interface LayerDelta {
  readonly table: string;
  readonly upserts: FeatureCollection['features'];
  readonly removed: readonly number[];
}

/** Everything the UI needs after any change to the project. */
export interface ProjectView {
  readonly name: string;
  readonly county: string;
  readonly synthetic: boolean;
  /**
   * Every map layer, when the project was opened (or replaced); empty after a change, which sends `delta` instead:
   * a county's 100,000 parcels are not copied to the UI for one status edit.
   */
  readonly layers: readonly LayerData[];
  /** The layers that changed since the view before, when `layers` is not sent. */
  readonly delta?: readonly LayerDelta[];
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

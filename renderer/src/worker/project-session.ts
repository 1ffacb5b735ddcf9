// The open project inside the worker: one sql.js database, its map layers as the UI has them, and undo/redo as change
// sets. Every change goes through `change()`: one transaction of the write path (shared/write), whose change set is
// the undo step and tells the UI which features to redraw (a delta, not the whole county).
import type { Database, SqlJsStatic } from 'sql.js';
import type { FeatureCollection, Geometry } from 'geojson';
import type { AuditRow, FeatureEdit, HistoryLabel, LayerData, LayerDelta, ProjectSummaryView, ProjectView, WorkerOperations } from './project-protocol';
import { exportLayers } from '../../../shared/formats/export/export-layer';
import { crsByCode } from '../../../shared/crs/crs-registry';
import { openProject } from '../../../shared/project/open-project';
import { createEmptyProject } from '../../../shared/project/create-empty-project';
import { exportProject } from '../../../shared/project/export-project';
import { readLayer } from '../../../shared/project/read-layer';
import { projectSummary, type ProjectSummary } from '../../../shared/project/project-summary';
import { ImportCancelledError, importGeoJSONInChunks } from '../../../shared/project/import-in-chunks';
import { nextTurn, type TaskContext } from './task-context';
import { UndoHistory } from './undo-history';
import { ReadCancelledError } from '../../../shared/formats/progress';
import { updateFeature } from '../../../shared/project/update-feature';
import { insertFeatures } from '../../../shared/project/insert-features';
import { deleteFeatures } from '../../../shared/project/delete-features';
import type { FeatureInput } from '../../../shared/project/prepare-row';
import { tableExists } from '../../../shared/gpkg/core-tables';
import { tableLabel } from '../../../shared/domain/labels';
import { buildSampleProject } from '../../../sample-data';
import { boundsOfLayers } from './layer-bounds';
import type { PlanScenario } from '../../../shared/finance/plan/plan-inputs';
import type { AddPaymentResult, AddSaleResult, LedgerEditableTable, LedgerSettingsChange, LedgerView, NewPayment, NewSale } from '../../../shared/ipc/ledger-protocol';
import { deleteLedgerRow, saveLedgerRow } from '../ledger/worker/ledger-save-row';
import { saveLedgerSettings } from '../ledger/worker/ledger-save-settings';
import { ledgerViewOfDb } from '../ledger/worker/ledger-view-of-db';
import { checkNewSale } from '../ledger/worker/ledger-add-sale';
import { checkNewPayment } from '../ledger/worker/ledger-add-payment';
import { readPrintData } from '../../../shared/print/read-print-data';
import { parsePrintSettings, PRINT_META_KEY, serialisePrintSettings, type PrintSettings } from '../../../shared/print/print-settings';
import type { PrintData } from '../../../shared/print/print-data';
import { readMeta, setMeta } from '../../../shared/project/project-meta';
import { runTransaction, runTransactionAsync } from '../../../shared/write/transaction';
import { applyChangeSet } from '../../../shared/write/apply-change-set';
import { changesOfTable, invertChangeSet, type ChangeSet } from '../../../shared/write/change-set';
import { RowAreaCache } from '../../../shared/write/row-areas';
import { patchLayer } from './patch-layer';
import { quotaFeaturesOf, type QuotaFeature } from '../../../shared/ledger/read-quota-features';

/** Tables the map draws, in the order the worker reads them. */
export const VIEW_TABLES = ['admin_areas', 'context_lines', 'resettlement_sites', 'construction_plots', 'reclaim_parcels', 'old_houses'] as const;
/** The layers the summary measures, and where the session keeps their features. */
const QUOTA_TABLES = new Map<string, 'parcels' | 'plots'>([
  ['reclaim_parcels', 'parcels'],
  ['construction_plots', 'plots'],
]);

/** How a change is made: who makes it, and whether the user has seen the quota sales it breaks. */
export interface ChangeOptions {
  readonly acknowledgeLedgerWarnings?: boolean;
  readonly user?: string;
}

export class ProjectSession {
  private db: Database | null = null;
  private readonly history = new UndoHistory();
  /** The map layers as the UI holds them, kept in step with every change set. */
  private layers = new Map<string, FeatureCollection>();
  /** Areas from geometry of the rows the ledger's guard has read, per open project. */
  private areas = new RowAreaCache();
  /**
   * Parcels and construction plots measured from geometry, by fid, for the summary: each change re-measures only
   * the features it touched, so one status edit of a 100,000-parcel county does not measure the county again.
   */
  private quota = { parcels: new Map<number, QuotaFeature>(), plots: new Map<number, QuotaFeature>() };
  /** Bumped by every change, undo, redo and open: what a merge compared against must still be the state. */
  private stateVersion = 0;
  private notices: string[] = [];

  constructor(private readonly SQL: SqlJsStatic) {}

  openSample(seed?: number): ProjectView {
    return this.replace(buildSampleProject(this.SQL, seed === undefined ? {} : { seed }), []);
  }

  createNew(name: string, county: string): ProjectView {
    return this.replace(createEmptyProject(this.SQL, { name, county }), []);
  }

  open(bytes: Uint8Array, fileName: string): ProjectView {
    const opened = openProject(this.SQL, bytes, { fileName });
    const notices = opened.droppedSpatialIndexes.length
      ? [`已移除 ${opened.droppedSpatialIndexes.length} 个空间索引（QGIS 可重建）：${opened.droppedSpatialIndexes.join('、')} / Dropped ${opened.droppedSpatialIndexes.length} spatial index(es) Landlink cannot maintain; QGIS can rebuild them.`]
      : [];
    return this.replace(opened.db, notices);
  }

  /** The file to save (a fresh export: the worker hands it to the UI by transfer). */
  exportBytes(): Uint8Array {
    return exportProject(this.requireDb());
  }

  /** Writes project tables in an exchange format; household data masked unless asked. */
  async exportLayers(args: WorkerOperations['project.exportLayers']['args'], task?: TaskContext): Promise<WorkerOperations['project.exportLayers']['result']> {
    const db = this.requireDb();
    const crs = args.crsCode === undefined ? undefined : crsByCode(args.crsCode);
    if (args.crsCode !== undefined && !crs) throw { code: 'unknown-crs', message: `EPSG:${args.crsCode} is not a coordinate system Landlink knows; choose another.`, messageZh: `未知坐标系 EPSG:${args.crsCode}；请另选。` };
    const inputs = args.tables.map((table) => ({ table, collection: readLayer(db, table) as FeatureCollection }));
    const result = await exportLayers(inputs, {
      format: args.format,
      ...(crs ? { crs } : {}),
      ...(args.encoding ? { encoding: args.encoding } : {}),
      includePersonal: args.includePersonal === true,
      sql: this.SQL,
      ...(task
        ? {
            onProgress: (done: number, total: number) => task.progress(done, total, 'export'),
            cancel: { get cancelled() { return task.cancelled(); } },
            pause: nextTurn,
          }
        : {}),
    }).catch((error: unknown) => {
      if (error instanceof ReadCancelledError) throw { code: 'cancelled', message: 'The export was cancelled; no file was written.', messageZh: '导出已取消，未写入任何文件。' };
      throw error;
    });
    return { bytes: result.bytes, warnings: result.warnings, masked: result.masked };
  }

  /**
   * Imports a collection already read and mapped by shared/formats/import-file.ts, all or nothing, as one undo step;
   * written in chunks with progress, and a cancel between chunks leaves the project as it was.
   */
  async importCollection(table: string, collection: FeatureCollection, sourceName: string, task?: TaskContext, acknowledgeLedgerWarnings = false): Promise<ProjectView> {
    const label = { zh: `导入“${sourceName}”到${tableLabel(table, 'zh')}`, en: `Import “${sourceName}” into ${tableLabel(table, 'en')}` };
    const progressLabel = `${label.zh} / ${label.en}`;
    try {
      const { view } = await this.applyChangeAsync(
        (db) =>
          importGeoJSONInChunks(db, table, collection, {
            onProgress: (done, total) => task?.progress(done, total, progressLabel),
            keepGoing: async () => {
              await nextTurn();
              return !task?.cancelled();
            },
          }),
        label,
        { acknowledgeLedgerWarnings },
      );
      return view;
    } catch (error) {
      if (error instanceof ImportCancelledError) throw { code: error.code, message: error.message, messageZh: error.messageZh };
      // Sold quota the new construction plots would take away: the user is asked, as for any map edit.
      if ((error as { code?: string }).code === 'ledger-confirm') throw error;
      // Name the file in the message: the user may have picked several today.
      const e = error as { code?: string; message?: string; messageZh?: string; field?: string };
      throw { code: e.code ?? 'import-failed', message: `Nothing was imported from “${sourceName}”: ${e.message ?? String(error)}`, messageZh: `“${sourceName}”未导入任何要素：${e.messageZh ?? e.message ?? String(error)}`, ...(e.field ? { field: e.field } : {}) };
    }
  }

  updateFeature(table: string, fid: number, properties: Record<string, unknown> | undefined, geometry: Geometry | null | undefined, acknowledged = false): ProjectView {
    return this.change((db) => updateFeature(db, table, fid, { ...(properties ? { properties } : {}), ...(geometry !== undefined ? { geometry } : {}) }), {
      zh: `修改${tableLabel(table, 'zh')}${geometry !== undefined ? '边界' : '属性'}`,
      en: `Change ${tableLabel(table, 'en')} ${geometry !== undefined ? 'boundary' : 'attributes'}`,
    }, { acknowledgeLedgerWarnings: acknowledged });
  }

  insertFeatures(table: string, features: readonly FeatureInput[], acknowledged = false): { view: ProjectView; fids: number[] } {
    let fids: number[] = [];
    const view = this.change(
      (db) => {
        fids = insertFeatures(db, table, features);
      },
      { zh: `新增${tableLabel(table, 'zh')}`, en: `Add ${tableLabel(table, 'en')}` },
      { acknowledgeLedgerWarnings: acknowledged },
    );
    return { view, fids };
  }

  deleteFeatures(table: string, fids: readonly number[], acknowledged = false): ProjectView {
    return this.change((db) => deleteFeatures(db, table, fids), { zh: `删除 ${fids.length} 个${tableLabel(table, 'zh')}`, en: `Delete ${fids.length} ${tableLabel(table, 'en')}` }, { acknowledgeLedgerWarnings: acknowledged });
  }

  /** Several edits of one table as one step; a refused edit refuses them all (one transaction). */
  batch(table: string, edits: readonly FeatureEdit[], label?: HistoryLabel, acknowledged = false): { view: ProjectView; insertedFids: number[] } {
    const insertedFids: number[] = [];
    const view = this.change(
      (db) => {
        for (const edit of edits) {
          if (edit.kind === 'insert') insertedFids.push(...insertFeatures(db, table, [{ ...(edit.properties ? { properties: edit.properties } : {}), ...(edit.geometry !== undefined ? { geometry: edit.geometry } : {}) }]));
          else if (edit.kind === 'update') updateFeature(db, table, edit.fid, { ...(edit.properties ? { properties: edit.properties } : {}), ...(edit.geometry !== undefined ? { geometry: edit.geometry } : {}) });
          else deleteFeatures(db, table, [edit.fid]);
        }
      },
      label ?? { zh: `编辑${tableLabel(table, 'zh')}`, en: `Edit ${tableLabel(table, 'en')}` },
      { acknowledgeLedgerWarnings: acknowledged },
    );
    return { view, insertedFids };
  }

  tableRows(table: string): { columns: string[]; rows: Record<string, unknown>[] } {
    const db = this.requireDb();
    if (!tableExists(db, table)) throw { code: 'unknown-table', message: `The project has no table “${table}”.`, messageZh: `项目中没有表“${table}”。` };
    const result = db.exec(`SELECT * FROM "${table.replace(/"/g, '""')}"`)[0];
    if (!result) return { columns: [], rows: [] };
    const columns = result.columns.filter((c) => c !== 'geom');
    const rows = result.values.map((values) => Object.fromEntries(result.columns.map((c, i) => [c, values[i]]).filter(([c]) => c !== 'geom')));
    return { columns, rows };
  }

  featureHistory(table: string, code: string): AuditRow[] {
    const db = this.requireDb();
    if (!tableExists(db, 'audit_log')) return [];
    const parse = (text: unknown): Record<string, unknown> | null => {
      if (typeof text !== 'string' || !text) return null;
      try {
        return JSON.parse(text) as Record<string, unknown>;
      } catch {
        return null;
      }
    };
    const statement = db.prepare('SELECT at, user, action, old_values, new_values FROM audit_log WHERE table_name = ? AND row_code = ? ORDER BY fid DESC LIMIT 200');
    const rows: AuditRow[] = [];
    try {
      statement.bind([table, code]);
      while (statement.step()) {
        const row = statement.getAsObject();
        rows.push({ at: String(row.at), user: row.user === null ? null : String(row.user), action: String(row.action), oldValues: parse(row.old_values), newValues: parse(row.new_values) });
      }
    } finally {
      statement.free();
    }
    return rows;
  }

  /** The ledger workspace's view (renderer/src/ledger/worker), recomputed from the rows on every call. */
  ledgerView(scenario: Partial<PlanScenario> | undefined, asOfDate: string | undefined): LedgerView {
    return ledgerViewOfDb(this.requireDb(), scenario ?? {}, asOfDate);
  }

  /** Adds a quota sale the ledger's rules allow, as one undoable step; a refused sale is not written. */
  addSale(sale: NewSale): { outcome: AddSaleResult; view: ProjectView | null } {
    const checked = checkNewSale(this.requireDb(), sale);
    const write = checked.write;
    return { outcome: checked.result, view: write ? this.change((db) => write(db), { zh: `新增指标交易 ${sale.buyer ?? ''}`.trim(), en: `Add quota sale ${sale.buyer ?? ''}`.trim() }) : null };
  }

  /** The print view's data (shared/print/read-print-data.ts) and the layout settings saved in the project. */
  printData(): { data: PrintData; settings: PrintSettings } {
    const db = this.requireDb();
    return { data: readPrintData(db), settings: parsePrintSettings(readMeta(db)[PRINT_META_KEY]) };
  }

  /** Saves the print layout settings in landlink_meta, as one undoable step. */
  savePrintSettings(settings: PrintSettings): ProjectView {
    return this.change((db) => setMeta(db, PRINT_META_KEY, serialisePrintSettings(settings)), { zh: '保存打印版式', en: 'Save print layout' });
  }

  /** Records a payment received that the ledger's rules allow, as one undoable step. */
  addPayment(payment: NewPayment): { outcome: AddPaymentResult; view: ProjectView | null } {
    const checked = checkNewPayment(this.requireDb(), payment);
    const write = checked.write;
    return { outcome: checked.result, view: write ? this.change((db) => write(db), { zh: `登记回款 ${payment.transaction_code}`, en: `Record payment for ${payment.transaction_code}` }) : null };
  }

  /** Runs a feature module's change (field verification, merge: renderer/src/field/worker) as one undoable step. */
  applyChange<T>(work: (db: Database) => T, label: HistoryLabel, options: ChangeOptions = {}): { result: T; view: ProjectView } {
    let result: T | undefined;
    const view = this.change((db) => {
      result = work(db);
    }, label, options);
    return { result: result as T, view };
  }

  /** The same for work that must await (photo EXIF and hashes are read with promises; imports yield between chunks). */
  async applyChangeAsync<T>(work: (db: Database) => Promise<T>, label: HistoryLabel, options: ChangeOptions = {}): Promise<{ result: T; view: ProjectView }> {
    const db = this.requireDb();
    const { result, changeSet } = await runTransactionAsync(db, work, this.transactionOptions(options));
    return { result, view: this.afterChange(changeSet, label) };
  }

  /** sql.js itself, for feature modules that build or open another database (field packages). */
  sqlJs(): SqlJsStatic {
    return this.SQL;
  }

  /** The open database, for reads by feature modules (never for writes: those go through applyChange). */
  database(): Database {
    return this.requireDb();
  }

  /** Counts every change, undo, redo and open: a comparison made at one version is stale at another. */
  version(): number {
    return this.stateVersion;
  }

  /** Adds or changes a loan, a turnover quota row or a sale's tranche plan, as one undoable step. */
  saveLedgerRow(table: LedgerEditableTable, code: string | null, values: Record<string, unknown>): { view: ProjectView; code: string } {
    let saved = '';
    const label = code ? { zh: `修改${tableLabel(table, 'zh')} ${code}`, en: `Change ${tableLabel(table, 'en')} ${code}` } : { zh: `新增${tableLabel(table, 'zh')}`, en: `Add ${tableLabel(table, 'en')}` };
    const view = this.change((db) => {
      saved = saveLedgerRow(db, table, code, values);
    }, label);
    return { view, code: saved };
  }

  deleteLedgerRow(table: LedgerEditableTable, code: string): ProjectView {
    return this.change((db) => deleteLedgerRow(db, table, code), { zh: `删除${tableLabel(table, 'zh')} ${code}`, en: `Delete ${tableLabel(table, 'en')} ${code}` });
  }

  /** Saves the ledger's settings (price presets, county targets) as one undoable step. */
  saveLedgerSettings(change: LedgerSettingsChange): ProjectView {
    return this.change((db) => saveLedgerSettings(db, change), settingsLabel(change));
  }

  /** Bytes the undo and redo steps hold (change sets). */
  historySize(): number {
    return this.history.size();
  }

  undo(): ProjectView | null {
    const step = this.history.undo();
    if (!step) return null;
    try {
      return this.applyStep(invertChangeSet(step.changeSet));
    } catch (error) {
      this.history.restoreUndo(step);
      throw error;
    }
  }

  redo(): ProjectView | null {
    const step = this.history.redo();
    if (!step) return null;
    try {
      return this.applyStep(step.changeSet);
    } catch (error) {
      this.history.restoreRedo(step);
      throw error;
    }
  }

  /** Applies a recorded change set (strictly: each row must be as it recorded) and shows what it changed. */
  private applyStep(changeSet: ChangeSet): ProjectView {
    const db = this.requireDb();
    applyChangeSet(db, changeSet);
    this.areas.forget(changeSet.changes);
    this.stateVersion++;
    return this.deltaView(changeSet);
  }

  /** Applies one user change as one transaction and one undo step; a refused change leaves the project as it was. */
  private change(work: (db: Database) => unknown, label: HistoryLabel = { zh: '编辑', en: 'Edit' }, options: ChangeOptions = {}): ProjectView {
    const { changeSet } = runTransaction(this.requireDb(), work, this.transactionOptions(options));
    return this.afterChange(changeSet, label);
  }

  private transactionOptions(options: ChangeOptions) {
    return { areas: this.areas, acceptLedgerWarnings: options.acknowledgeLedgerWarnings === true, ...(options.user ? { user: options.user } : {}) };
  }

  private afterChange(changeSet: ChangeSet, label: HistoryLabel): ProjectView {
    if (changeSet.changes.length > 0) this.history.record(changeSet, label);
    this.stateVersion++;
    return this.deltaView(changeSet);
  }

  private replace(db: Database, notices: string[]): ProjectView {
    this.db?.close();
    this.db = db;
    this.history.clear();
    this.areas = new RowAreaCache();
    this.stateVersion++;
    this.notices = notices;
    this.layers = new Map(VIEW_TABLES.filter((table) => tableExists(db, table)).map((table) => [table, readLayer(db, table) as FeatureCollection]));
    this.quota = { parcels: new Map(), plots: new Map() };
    for (const [table, key] of QUOTA_TABLES) {
      const layer = this.layers.get(table);
      if (layer) for (const feature of quotaFeaturesOf(layer, key === 'parcels')) this.quota[key].set(feature.fid, feature);
    }
    const layers: LayerData[] = [...this.layers].map(([table, features]) => ({ table, features }));
    return { ...this.baseView(), layers };
  }

  private requireDb(): Database {
    if (!this.db) throw { code: 'no-project', message: 'No project is open; open or create one first.', messageZh: '没有打开的项目；请先打开或新建项目。' };
    return this.db;
  }

  /** The view after a change: the features the change set touched (read again), not every layer. */
  private deltaView(changeSet: ChangeSet): ProjectView {
    const db = this.requireDb();
    const delta: LayerDelta[] = [];
    for (const [table, collection] of this.layers) {
      const { upserted, deleted } = changesOfTable(changeSet, table);
      if (upserted.length === 0 && deleted.length === 0) continue;
      const read = upserted.length > 0 ? (readLayer(db, table, { fids: [...new Set(upserted)] }) as FeatureCollection) : ({ type: 'FeatureCollection', features: [] } as FeatureCollection);
      // A row inserted and changed again, or deleted, is gone when it is not read back.
      const present = new Set(read.features.map((f) => Number(f.id)));
      const removed = [...new Set([...deleted, ...upserted])].filter((fid) => !present.has(fid));
      this.layers.set(table, patchLayer(collection, read, removed));
      const key = QUOTA_TABLES.get(table);
      if (key) {
        for (const fid of removed) this.quota[key].delete(fid);
        for (const feature of quotaFeaturesOf(read, key === 'parcels')) this.quota[key].set(feature.fid, feature);
      }
      delta.push({ table, upserts: read.features, removed });
    }
    return { ...this.baseView(), layers: [], delta };
  }

  private baseView(): Omit<ProjectView, 'layers'> {
    const db = this.requireDb();
    const summary = projectSummary(db, { quotaFeatures: { parcels: [...this.quota.parcels.values()], plots: [...this.quota.plots.values()] } });
    return {
      name: summary.project.name,
      county: summary.project.county,
      synthetic: summary.project.synthetic,
      summary: toSummaryView(summary),
      bounds: boundsOfLayers([...this.layers].map(([table, features]) => ({ table, features }))),
      canUndo: this.history.canUndo,
      canRedo: this.history.canRedo,
      history: this.history.labels(),
      notices: this.notices,
    };
  }
}

/** What the history list calls a settings save: the part of the ledger's settings it changed. */
function settingsLabel(change: LedgerSettingsChange): HistoryLabel {
  if (change.targets) return { zh: '修改县目标任务', en: 'Change county targets' };
  if (change.planAssumptions) return { zh: '修改还款计划假设', en: 'Change repayment plan assumptions' };
  if (change.loanTerms) return { zh: `修改贷款 ${change.loanTerms.code} 的利率与提前还款`, en: `Change rate terms of loan ${change.loanTerms.code}` };
  return { zh: '修改指标价格预设', en: 'Change quota price presets' };
}

function toSummaryView(summary: ProjectSummary): ProjectSummaryView {
  return {
    counts: summary.counts,
    parcelsByStatus: Object.entries(summary.parcelsByStatus).map(([status, tally]) => ({ status, count: tally.count, areaMu: tally.area_mu })),
    projects: summary.linkageProjects.map((p) => ({
      code: p.code,
      name: p.name ?? p.code,
      acceptedMu: p.accepted_mu,
      constructionMu: p.construction_mu,
      surplusMu: p.surplus_mu,
      soldMu: p.sold_mu,
      availableMu: p.available_mu,
    })),
  };
}

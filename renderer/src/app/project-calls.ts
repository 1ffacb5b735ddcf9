// The project worker's operations as the UI uses them: reads return what the worker answers; every change is one
// undoable step whose new view the document shows (the project becomes unsaved). Edits that would break quota sales
// are confirmed with the user first (withLedgerConfirmation).
import type { FeatureCollection } from 'geojson';
import i18next from 'i18next';
import type { AuditRow, FeatureEdit, HistoryLabel, WorkerOperation, WorkerOperations } from '../worker/project-protocol';
import type { PlanScenario } from '../../../shared/finance/plan/plan-inputs';
import type { AddPaymentResult, AddSaleResult, LedgerEditableTable, LedgerSettingsChange, LedgerView, NewPayment, NewSale } from '../../../shared/ipc/ledger-protocol';
import type { ProjectWorkerClient } from '../worker/worker-client';
import type { ProjectDocument } from '../document/project-document';
import { withLedgerConfirmation } from '../ledger/confirm-ledger-edit';
import { withBusy } from './guarded';
import type { CallOptions } from '../rpc/rpc-client';

export interface CallProgress {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

function callOptions(progress: CallProgress | undefined): CallOptions {
  return { ...(progress?.onProgress ? { onProgress: progress.onProgress } : {}), ...(progress?.signal ? { signal: progress.signal } : {}) };
}

export class ProjectCalls {
  constructor(
    private readonly worker: ProjectWorkerClient,
    private readonly document: ProjectDocument,
  ) {}

  /** Any worker operation, for a feature module that keeps its calls beside its UI (field verification). */
  call<K extends WorkerOperation>(op: K, args: WorkerOperations[K]['args']): Promise<WorkerOperations[K]['result']> {
    return this.worker.call(op, args);
  }

  /**
   * Changes one row's properties (one undoable step). Rejects with the RpcError when a value is refused, so an
   * editor can show the message at the field and keep what was typed; LedgerEditCancelled when the user cancels.
   */
  async updateFeature(table: string, fid: number, properties: Record<string, unknown>): Promise<void> {
    const view = await withLedgerConfirmation((acknowledge) => this.worker.call('feature.update', { table, fid, properties, acknowledgeLedgerWarnings: acknowledge }));
    this.document.showChangedView(view);
  }

  /** Several edits of one table as one undoable step (drawing, split, merge, delete); returns the inserted fids. */
  async editFeatures(table: string, edits: readonly FeatureEdit[], label?: HistoryLabel): Promise<number[]> {
    const { view, insertedFids } = await withLedgerConfirmation((acknowledge) => this.worker.call('feature.batch', { table, edits, ...(label ? { label } : {}), acknowledgeLedgerWarnings: acknowledge }));
    this.document.showChangedView(view);
    return insertedFids;
  }

  /**
   * Imports features the wizard read, mapped and transformed to EPSG:4490, as one undoable, all-or-nothing step.
   * Rejects with the RpcError (the project exactly as it was); the wizard shows its message.
   */
  async importFeatures(table: string, collection: FeatureCollection, sourceName: string, progress?: CallProgress): Promise<void> {
    const view = await withBusy(i18next.t('actions.data.import'), () =>
      withLedgerConfirmation((acknowledge) =>
        this.worker.call('project.importFeatures', { table, collection, sourceName, acknowledgeLedgerWarnings: acknowledge }, callOptions(progress)),
      ),
    );
    this.document.showChangedView(view);
  }

  /** Writes project tables in an exchange format (household data masked unless asked), for the export dialog. */
  exportLayers(args: WorkerOperations['project.exportLayers']['args'], progress?: CallProgress): Promise<WorkerOperations['project.exportLayers']['result']> {
    return withBusy(i18next.t('actions.data.export'), () =>
      this.worker.call('project.exportLayers', args, callOptions(progress)),
    );
  }

  /** Undoes (steps < 0) or redoes (steps > 0) several steps; resolves false when there was nothing to step. */
  async stepHistory(steps: number): Promise<boolean> {
    let stepped = false;
    for (let i = 0; i < Math.abs(steps); i++) {
      const next = await this.worker.call(steps < 0 ? 'history.undo' : 'history.redo', {});
      if (!next) break;
      // Each step sends only what it changed: every one is applied, in order.
      this.document.showChangedView(next);
      stepped = true;
    }
    return stepped;
  }

  /** The audit trail of one feature, for the feature panel's history. */
  featureHistory(table: string, code: string): Promise<AuditRow[]> {
    return this.worker.call('feature.history', { table, code });
  }

  /** Rows of an attribute-only table (ledger tables), for the attribute table and forms. */
  tableRows(table: string): Promise<{ columns: string[]; rows: Record<string, unknown>[] }> {
    return this.worker.call('table.rows', { table });
  }

  /** The print view's data: places with boxes, tallies for the summary tables, saved layout settings. */
  printData(): Promise<WorkerOperations['print.data']['result']> {
    return this.worker.call('print.data', {});
  }

  /** Remembers the print layout in the project (one undoable step). */
  async savePrintSettings(settings: WorkerOperations['print.saveSettings']['args']['settings']): Promise<void> {
    this.document.showChangedView(await this.worker.call('print.saveSettings', { settings }));
  }

  /** The ledger workspace's view for a plan scenario (quotas, sales, loans, checks, plan, dashboard). */
  ledgerView(scenario: Partial<PlanScenario>, asOfDate?: string): Promise<LedgerView> {
    return this.worker.call('ledger.view', { scenario, ...(asOfDate ? { asOfDate } : {}) });
  }

  /**
   * Adds (code null) or changes a loan, a turnover quota row or a sale's tranche plan as one undoable step; returns
   * the row's code. Rejects with the RpcError (its `field` names the column) when the values are refused.
   */
  async saveLedgerRow(table: LedgerEditableTable, code: string | null, values: Record<string, unknown>): Promise<string> {
    const result = await this.worker.call('ledger.saveRow', { table, code, values });
    this.document.showChangedView(result.view);
    return result.code;
  }

  async deleteLedgerRow(table: LedgerEditableTable, code: string): Promise<void> {
    this.document.showChangedView(await this.worker.call('ledger.deleteRow', { table, code }));
  }

  /** Saves price presets and/or county targets in the project (one undoable step). */
  async saveLedgerSettings(change: LedgerSettingsChange): Promise<void> {
    this.document.showChangedView(await this.worker.call('ledger.saveSettings', change));
  }

  /** Adds a quota sale if the ledger's rules allow it; a refused sale returns the rule's messages and changes nothing. */
  async addSale(sale: NewSale): Promise<AddSaleResult> {
    const { outcome, view } = await this.worker.call('ledger.addSale', { sale });
    if (view) this.document.showChangedView(view);
    return outcome;
  }

  /** Records a payment received for a sale if the ledger's rules allow it (not beyond the contract total). */
  async addPayment(payment: NewPayment): Promise<AddPaymentResult> {
    const { outcome, view } = await this.worker.call('ledger.addPayment', { payment });
    if (view) this.document.showChangedView(view);
    return outcome;
  }
}

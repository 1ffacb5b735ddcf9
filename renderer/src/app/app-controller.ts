// The app's commands, shared by the native menu, shortcuts and the command palette (through actions). It moves
// bytes between the Host (files) and the project worker (the GeoPackage in sql.js), and keeps the store in step.
import i18next from 'i18next';
import type { Host } from '../../../shared/host/host';
import type { FeatureCollection } from 'geojson';
import type { AuditRow, FeatureEdit, HistoryLabel, ProjectView, WorkerOperation, WorkerOperations } from '../../../shared/ipc/worker-protocol';
import { PRODUCT_NAME_ZH, PRODUCT_NAME } from '../../../shared/app/app-identity';
import { currentLanguage, setLanguage } from '../i18n/i18n';
import { useAppStore, type Selection } from '../state/app-store';
import { WorkerError, type ProjectWorkerClient } from '../worker/worker-client';
import { uiCommands } from './ui-commands';
import { mergeViewDelta } from '../worker/merge-view-delta';
import { findAction } from '../actions/registry';
import { openPrintView } from '../print/print-controller';
import type { PlanScenario } from '../../../shared/finance/plan/plan-inputs';
import { withLedgerConfirmation } from '../ledger/confirm-ledger-edit';
import type { AddPaymentResult, AddSaleResult, LedgerEditableTable, LedgerSettingsChange, LedgerView, NewPayment, NewSale } from '../../../shared/ipc/ledger-protocol';

/** Autosave journal interval: at most this much work is lost in a crash. */
export const JOURNAL_INTERVAL_MS = 30_000;
const SAMPLE_FILE_NAME = { 'zh-CN': '示例县（虚构数据）.gpkg', en: 'sample-county-synthetic.gpkg' } as const;

export class AppController {
  readonly ui = uiCommands;
  private journalTimer: ReturnType<typeof setInterval> | null = null;
  /** Bumped on every change; the journal is written only when it moved since the last write. */
  private changeCounter = 0;
  private journaledCounter = 0;

  constructor(
    readonly host: Host,
    private readonly worker: ProjectWorkerClient,
  ) {}

  hasProject(): boolean {
    return useAppStore.getState().project !== null;
  }

  /** First start: recover a crashed session's journal if the user wants it, otherwise open the sample county. */
  async start(): Promise<void> {
    this.host.onMenuCommand((command) => void this.runCommand(command.actionId, command.argument));
    this.publishDocumentState();
    this.journalTimer = setInterval(() => void this.writeJournalIfChanged(), JOURNAL_INTERVAL_MS);
    void import('../import/import-drop-target').then(({ installImportDropTarget }) => installImportDropTarget(this));
    const journal = await this.host.readJournal().catch(() => null);
    if (journal) {
      const time = new Date(journal.meta.writtenAt).toLocaleString(currentLanguage());
      const choice = await uiCommands.ask(i18next.t('dialogs.recoverTitle'), i18next.t('dialogs.recoverBody', { name: journal.meta.name, time }), [
        { id: 'recover', label: i18next.t('dialogs.recover'), primary: true },
        { id: 'discard', label: i18next.t('dialogs.discardRecovery') },
      ]);
      if (choice === 'recover') {
        const ok = await this.guard(async () => {
          const view = await this.worker.call('project.open', { bytes: journal.bytes, name: journal.meta.name });
          this.setProject(view, journal.meta.handle, journal.meta.name, true);
          uiCommands.toast(i18next.t('messages.recovered'));
        });
        if (ok) return;
      }
      await this.host.clearJournal();
    }
    await this.openSample();
  }

  dispose(): void {
    if (this.journalTimer) clearInterval(this.journalTimer);
  }

  /** Runs an action by id (menu commands from the main process arrive here). */
  async runCommand(actionId: string, argument?: string): Promise<void> {
    if (actionId === 'project.openRecent' && argument) return this.openRecent(argument);
    if (actionId === 'app.requestClose') return this.requestClose();
    const action = findAction(actionId);
    if (action && (action.enabled?.(this) ?? true)) await action.run(this);
  }

  async openSample(): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    await this.guard(async () => {
      const view = await this.busy(i18next.t('app.loading'), () => this.worker.call('project.openSample', {}));
      this.setProject(view, null, SAMPLE_FILE_NAME[currentLanguage()], false);
    });
  }

  async newProject(): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    await this.guard(async () => {
      const name = i18next.t('app.untitled');
      const view = await this.worker.call('project.new', { name, county: '' });
      this.setProject(view, null, `${name}.gpkg`, false);
    });
  }

  async openProjectFromDialog(): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    await this.guard(async () => {
      const file = await this.host.openProject();
      if (file) await this.openBytes(file.bytes, file.handle, file.name);
    });
  }

  async openRecent(handle: string): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    await this.guard(async () => {
      const file = await this.host.readProject(handle);
      await this.openBytes(file.bytes, file.handle, file.name);
    });
  }

  async chooseRecentProject(): Promise<void> {
    const recent = await this.host.recentFiles();
    if (recent.length === 0) {
      uiCommands.toast(i18next.t('messages.noRecent'));
      return;
    }
    const choice = await uiCommands.ask(i18next.t('actions.project.openRecentList'), '', [
      ...recent.map((file) => ({ id: file.handle, label: file.name })),
      { id: 'cancel', label: i18next.t('dialogs.cancel') },
    ]);
    if (choice !== 'cancel') await this.openRecent(choice);
  }

  async save(): Promise<boolean> {
    const project = useAppStore.getState().project;
    if (!project) return false;
    if (!project.handle) return this.saveAs();
    return this.guard(async () => {
      const { bytes } = await this.busy(i18next.t('actions.project.save'), () => this.worker.call('project.export', {}));
      const result = await this.host.saveProject(project.handle as string, bytes);
      this.markSaved(result.handle, result.name);
      uiCommands.toast(i18next.t(result.backup ? 'messages.savedBackup' : 'messages.saved', { name: result.name }));
    });
  }

  async saveAs(): Promise<boolean> {
    const project = useAppStore.getState().project;
    if (!project) return false;
    let saved = false;
    await this.guard(async () => {
      const { bytes } = await this.busy(i18next.t('actions.project.saveAs'), () => this.worker.call('project.export', {}));
      const result = await this.host.saveProjectAs(project.fileName, bytes);
      if (!result) return;
      this.markSaved(result.handle, result.name);
      uiCommands.toast(i18next.t('messages.saved', { name: result.name }));
      saved = true;
    });
    return saved;
  }

  /** Ctrl+I: the import wizard (renderer/src/import), loaded when first used. */
  async openImportDialog(): Promise<void> {
    await this.guard(async () => {
      const { openImportWizard } = await import('../import/open-import-wizard');
      await openImportWizard(this.host, this);
    });
  }

  /** Ctrl+E: the export dialog (renderer/src/export): layers, format, CRS, encoding, personal data. */
  async exportProjectCopy(): Promise<void> {
    if (!useAppStore.getState().project) return;
    await this.guard(async () => {
      const { openExportDialog } = await import('../export/open-export-dialog');
      openExportDialog(this);
    });
  }

  /**
   * Imports features the wizard read, mapped and transformed to EPSG:4490, as one undoable, all-or-nothing step.
   * Rejects with the WorkerError (the project exactly as it was); the wizard shows its message.
   */
  async importFeatures(table: string, collection: FeatureCollection, sourceName: string, progress?: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal }): Promise<void> {
    const view = await this.busy(i18next.t('actions.data.import'), () =>
      withLedgerConfirmation((acknowledge) =>
        this.worker.call('project.importFeatures', { table, collection, sourceName, acknowledgeLedgerWarnings: acknowledge }, progress?.onProgress ? (done, total) => progress.onProgress?.(done, total) : undefined, [], progress?.signal),
      ),
    );
    this.replaceView(view, true);
  }

  /** Writes project tables in an exchange format (household data masked unless asked), for the export dialog. */
  exportLayers(args: WorkerOperations['project.exportLayers']['args'], progress?: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal }): Promise<WorkerOperations['project.exportLayers']['result']> {
    return this.busy(i18next.t('actions.data.export'), () =>
      this.worker.call('project.exportLayers', args, progress?.onProgress ? (done, total) => progress.onProgress?.(done, total) : undefined, [], progress?.signal),
    );
  }

  /** Opens the print layout view (Ctrl+P): paper, template, title, atlas; PDF and PNG from there. */
  async printMap(): Promise<void> {
    if (!this.hasProject()) return;
    await this.guard(() => openPrintView(this));
  }

  /** The print view's data: places with boxes, tallies for the summary tables, saved layout settings. */
  printData(): Promise<WorkerOperations['print.data']['result']> {
    return this.worker.call('print.data', {});
  }

  /** Remembers the print layout in the project (one undoable step; the project becomes unsaved). */
  async savePrintSettings(settings: WorkerOperations['print.saveSettings']['args']['settings']): Promise<void> {
    const view = await this.worker.call('print.saveSettings', { settings });
    this.replaceView(view, true);
  }

  async undo(): Promise<void> {
    await this.guard(async () => {
      const view = await this.worker.call('history.undo', {});
      if (view) this.replaceView(view, true);
      else uiCommands.toast(i18next.t('messages.nothingToUndo'));
    });
  }

  /** Undoes (steps < 0) or redoes (steps > 0) several steps at once, from the history list. */
  async stepHistory(steps: number): Promise<void> {
    await this.guard(async () => {
      for (let i = 0; i < Math.abs(steps); i++) {
        const next: ProjectView | null = await this.worker.call(steps < 0 ? 'history.undo' : 'history.redo', {});
        if (!next) break;
        // Each step sends only what it changed: every one is applied, in order.
        this.replaceView(next, true);
      }
    });
  }

  async redo(): Promise<void> {
    await this.guard(async () => {
      const view = await this.worker.call('history.redo', {});
      if (view) this.replaceView(view, true);
      else uiCommands.toast(i18next.t('messages.nothingToRedo'));
    });
  }

  /** The audit trail of one feature, for the feature panel's history. */
  featureHistory(table: string, code: string): Promise<AuditRow[]> {
    return this.worker.call('feature.history', { table, code });
  }

  /** Selects features (map, table and panels follow); null clears the selection. */
  select(selection: Selection | null): void {
    useAppStore.setState({ selection: selection && selection.fids.length ? selection : null });
  }

  /**
   * Changes one row's properties through the write path (one undoable step) and shows the new view. Rejects with the
   * WorkerError when a value is refused, so an editor can show the message at the field and keep what was typed.
   * An edit that breaks quota sales is confirmed with the user first (LedgerEditCancelled when they cancel).
   */
  async updateFeature(table: string, fid: number, properties: Record<string, unknown>): Promise<void> {
    const view = await withLedgerConfirmation((acknowledge) => this.worker.call('feature.update', { table, fid, properties, acknowledgeLedgerWarnings: acknowledge }));
    this.replaceView(view, true);
  }

  /**
   * Applies several edits of one table as one undoable step (drawing, split, merge, delete) and shows the result.
   * Rejects with the WorkerError when the write path refuses an edit; the project is then unchanged. An edit that
   * breaks quota sales is confirmed with the user first (LedgerEditCancelled when they cancel).
   */
  async editFeatures(table: string, edits: readonly FeatureEdit[], label?: HistoryLabel): Promise<number[]> {
    const { view, insertedFids } = await withLedgerConfirmation((acknowledge) => this.worker.call('feature.batch', { table, edits, ...(label ? { label } : {}), acknowledgeLedgerWarnings: acknowledge }));
    this.replaceView(view, true);
    return insertedFids;
  }

  /** Rows of an attribute-only table (ledger tables), for the attribute table and forms. */
  tableRows(table: string): Promise<{ columns: string[]; rows: Record<string, unknown>[] }> {
    return this.worker.call('table.rows', { table });
  }

  /** The ledger workspace's view for a plan scenario (quotas, sales, loans, checks, plan, dashboard). */
  ledgerView(scenario: Partial<PlanScenario>, asOfDate?: string): Promise<LedgerView> {
    return this.worker.call('ledger.view', { scenario, ...(asOfDate ? { asOfDate } : {}) });
  }

  /**
   * Adds (code null) or changes a loan, a turnover quota row or a sale's tranche plan as one undoable step; returns
   * the row's code. Rejects with the WorkerError (its `field` names the column) when the values are refused.
   */
  async saveLedgerRow(table: LedgerEditableTable, code: string | null, values: Record<string, unknown>): Promise<string> {
    const result = await this.worker.call('ledger.saveRow', { table, code, values });
    this.replaceView(result.view, true);
    return result.code;
  }

  async deleteLedgerRow(table: LedgerEditableTable, code: string): Promise<void> {
    this.replaceView(await this.worker.call('ledger.deleteRow', { table, code }), true);
  }

  /** Saves price presets and/or county targets in the project (one undoable step). */
  async saveLedgerSettings(change: LedgerSettingsChange): Promise<void> {
    this.replaceView(await this.worker.call('ledger.saveSettings', change), true);
  }

  /** Adds a quota sale if the ledger's rules allow it; a refused sale returns the rule's messages and changes nothing. */
  async addSale(sale: NewSale): Promise<AddSaleResult> {
    const { outcome, view } = await this.worker.call('ledger.addSale', { sale });
    if (view) this.replaceView(view, true);
    return outcome;
  }

  /** Records a payment received for a sale if the ledger's rules allow it (not beyond the contract total). */
  async addPayment(payment: NewPayment): Promise<AddPaymentResult> {
    const { outcome, view } = await this.worker.call('ledger.addPayment', { payment });
    if (view) this.replaceView(view, true);
    return outcome;
  }

  /** A worker operation for a feature module that keeps its calls beside its UI (field verification). */
  callWorker<K extends WorkerOperation>(op: K, args: WorkerOperations[K]['args']): Promise<WorkerOperations[K]['result']> {
    return this.worker.call(op, args);
  }

  /** Shows the view a changing worker operation returned (the project becomes unsaved). */
  showChangedView(view: ProjectView): void {
    this.replaceView(view, true);
  }

  zoomToProject(): void {
    useAppStore.setState((s) => ({ zoomRequest: s.zoomRequest + 1 }));
  }

  async toggleLanguage(): Promise<void> {
    const next = currentLanguage() === 'zh-CN' ? 'en' : 'zh-CN';
    await setLanguage(next);
    useAppStore.setState({ language: next });
    this.publishDocumentState();
  }

  async showAbout(): Promise<void> {
    const info = await this.host.appInfo();
    const versions = Object.entries(info.versions).map(([k, v]) => `${k} ${v}`).join('\n');
    await uiCommands.ask(i18next.t('dialogs.aboutTitle'), `${PRODUCT_NAME_ZH} ${PRODUCT_NAME} ${info.version}\n${i18next.t('dialogs.aboutBody')}\n\n${info.host} · ${info.platform}\n${versions}`, [
      { id: 'ok', label: i18next.t('dialogs.ok'), primary: true },
    ]);
  }

  async requestClose(): Promise<void> {
    if (await this.confirmDiscard()) {
      await this.host.clearJournal();
      this.host.confirmClose();
    }
  }

  /** Asks to save unsaved changes. Resolves false when the user cancels. */
  async confirmDiscard(): Promise<boolean> {
    const project = useAppStore.getState().project;
    if (!project?.dirty) return true;
    const choice = await uiCommands.ask(i18next.t('dialogs.unsavedTitle'), i18next.t('dialogs.unsavedBody', { name: project.fileName }), [
      { id: 'save', label: i18next.t('dialogs.save'), primary: true },
      { id: 'discard', label: i18next.t('dialogs.discard') },
      { id: 'cancel', label: i18next.t('dialogs.cancel') },
    ]);
    if (choice === 'cancel') return false;
    if (choice === 'save') return this.save();
    return true;
  }

  private async openBytes(bytes: Uint8Array, handle: string, name: string): Promise<void> {
    const view = await this.busy(i18next.t('app.loading'), () => this.worker.call('project.open', { bytes, name }));
    this.setProject(view, handle, name, false);
    uiCommands.toast(i18next.t('messages.opened', { name }));
    for (const notice of view.notices) uiCommands.toast(notice);
  }

  private setProject(view: ProjectView, handle: string | null, fileName: string, dirty: boolean): void {
    this.changeCounter++;
    this.journaledCounter = dirty ? this.journaledCounter : this.changeCounter;
    useAppStore.setState((s) => ({ project: { view, handle, fileName, dirty }, zoomRequest: s.zoomRequest + 1 }));
    this.publishDocumentState();
  }

  private replaceView(view: ProjectView, dirty: boolean): void {
    const project = useAppStore.getState().project;
    if (!project) return;
    this.changeCounter++;
    // A change sends only what it touched: patch the layers the UI holds (the map applies the same delta).
    useAppStore.setState({ project: { ...project, view: mergeViewDelta(project.view, view), dirty: project.dirty || dirty } });
    this.publishDocumentState();
  }

  private markSaved(handle: string, fileName: string): void {
    const project = useAppStore.getState().project;
    if (!project) return;
    useAppStore.setState({ project: { ...project, handle, fileName, dirty: false } });
    this.journaledCounter = this.changeCounter;
    void this.host.clearJournal();
    this.publishDocumentState();
  }

  /** Writes the crash journal when there are unsaved changes that are not journaled yet. */
  async writeJournalIfChanged(): Promise<void> {
    const project = useAppStore.getState().project;
    if (!project?.dirty || this.journaledCounter === this.changeCounter) return;
    const counter = this.changeCounter;
    const { bytes } = await this.worker.call('project.export', {});
    await this.host.writeJournal(bytes, { handle: project.handle, name: project.fileName, writtenAt: new Date().toISOString() });
    this.journaledCounter = counter;
  }

  private publishDocumentState(): void {
    const project = useAppStore.getState().project;
    const appName = i18next.t('app.name');
    const title = project ? `${project.fileName}${project.dirty ? ' *' : ''} — ${appName}` : appName;
    this.host.setDocumentState({ title, dirty: project?.dirty ?? false, language: currentLanguage() });
  }

  private async busy<T>(label: string, work: () => Promise<T>): Promise<T> {
    useAppStore.setState({ busy: label });
    try {
      return await work();
    } finally {
      useAppStore.setState({ busy: null });
    }
  }

  /** Runs a command and turns any failure into a clear message, leaving the project as it was. */
  private async guard(work: () => Promise<void>): Promise<boolean> {
    try {
      await work();
      return true;
    } catch (error) {
      const text =
        error instanceof WorkerError
          ? currentLanguage() === 'zh-CN'
            ? error.failure.messageZh
            : error.failure.message
          : error instanceof Error
            ? error.message
            : String(error);
      uiCommands.toast(text, 'error');
      return false;
    }
  }
}

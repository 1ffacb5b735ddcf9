// The project document: which GeoPackage is open (file name, Host handle), whether it has unsaved changes, and the
// commands that move its bytes between the Host and the project worker: open, new, sample, recent, save, save as,
// the crash journal (every JOURNAL_INTERVAL_MS while unsaved) and its recovery, the window title, closing.
import { mergeViewDelta } from '../worker/merge-view-delta';
import i18next from 'i18next';
import type { Host } from '../../../shared/host/host';
import type { ProjectView } from '../worker/project-protocol';
import { currentLanguage } from '../i18n/i18n';
import { useAppStore } from '../state/app-store';
import type { ProjectWorkerClient } from '../worker/worker-client';
import { uiCommands } from '../app/ui-commands';
import { runGuarded, withBusy } from '../app/guarded';

/** Autosave journal interval: at most this much work is lost in a crash. */
export const JOURNAL_INTERVAL_MS = 30_000;
const SAMPLE_FILE_NAME = { 'zh-CN': '示例县（虚构数据）.gpkg', en: 'sample-county-synthetic.gpkg' } as const;

export class ProjectDocument {
  private journalTimer: ReturnType<typeof setInterval> | null = null;
  /** Bumped on every change; the journal is written only when it moved since the last write. */
  private changeCounter = 0;
  private journaledCounter = 0;

  constructor(
    private readonly host: Host,
    private readonly worker: ProjectWorkerClient,
  ) {}

  hasProject(): boolean {
    return useAppStore.getState().project !== null;
  }

  /** First start: recover a crashed session's journal if the user wants it, otherwise open the sample county. */
  async start(): Promise<void> {
    this.publishState();
    this.journalTimer = setInterval(() => void this.writeJournalIfChanged(), JOURNAL_INTERVAL_MS);
    const journal = await this.host.readJournal().catch(() => null);
    if (journal) {
      const time = new Date(journal.meta.writtenAt).toLocaleString(currentLanguage());
      const choice = await uiCommands.ask(i18next.t('dialogs.recoverTitle'), i18next.t('dialogs.recoverBody', { name: journal.meta.name, time }), [
        { id: 'recover', label: i18next.t('dialogs.recover'), primary: true },
        { id: 'discard', label: i18next.t('dialogs.discardRecovery') },
      ]);
      if (choice === 'recover') {
        const ok = await runGuarded(async () => {
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

  async openSample(): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    await runGuarded(async () => {
      const view = await withBusy(i18next.t('app.loading'), () => this.worker.call('project.openSample', {}));
      this.setProject(view, null, SAMPLE_FILE_NAME[currentLanguage()], false);
    });
  }

  async newProject(): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    await runGuarded(async () => {
      const name = i18next.t('app.untitled');
      const view = await this.worker.call('project.new', { name, county: '' });
      this.setProject(view, null, `${name}.gpkg`, false);
    });
  }

  async openFromDialog(): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    await runGuarded(async () => {
      const file = await this.host.openProject();
      if (file) await this.openBytes(file.bytes, file.handle, file.name);
    });
  }

  async openRecent(handle: string): Promise<void> {
    if (!(await this.confirmDiscard())) return;
    await runGuarded(async () => {
      const file = await this.host.readProject(handle);
      await this.openBytes(file.bytes, file.handle, file.name);
    });
  }

  async save(): Promise<boolean> {
    const project = useAppStore.getState().project;
    if (!project) return false;
    if (!project.handle) return this.saveAs();
    return runGuarded(async () => {
      const { bytes } = await withBusy(i18next.t('actions.project.save'), () => this.worker.call('project.export', {}));
      const result = await this.host.saveProject(project.handle as string, bytes);
      this.markSaved(result.handle, result.name);
      uiCommands.toast(i18next.t(result.backup ? 'messages.savedBackup' : 'messages.saved', { name: result.name }));
    });
  }

  async saveAs(): Promise<boolean> {
    const project = useAppStore.getState().project;
    if (!project) return false;
    let saved = false;
    await runGuarded(async () => {
      const { bytes } = await withBusy(i18next.t('actions.project.saveAs'), () => this.worker.call('project.export', {}));
      const result = await this.host.saveProjectAs(project.fileName, bytes);
      if (!result) return;
      this.markSaved(result.handle, result.name);
      uiCommands.toast(i18next.t('messages.saved', { name: result.name }));
      saved = true;
    });
    return saved;
  }

  /** The window is closing (Electron asks first): offer to save, then let it close. */
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

  /** Shows the view a changing worker operation returned; the project becomes unsaved. */
  showChangedView(view: ProjectView): void {
    const project = useAppStore.getState().project;
    if (!project) return;
    this.changeCounter++;
    // A change sends only what it touched: patch the layers the UI holds (the map applies the same delta).
    useAppStore.setState({ project: { ...project, view: mergeViewDelta(project.view, view), dirty: true } });
    this.publishState();
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

  /** Tells the Host the window title, the unsaved mark and the language (after any of them changes). */
  publishState(): void {
    const project = useAppStore.getState().project;
    const appName = i18next.t('app.name');
    const title = project ? `${project.fileName}${project.dirty ? ' *' : ''} — ${appName}` : appName;
    this.host.setDocumentState({ title, dirty: project?.dirty ?? false, language: currentLanguage() });
  }

  private async openBytes(bytes: Uint8Array, handle: string, name: string): Promise<void> {
    const view = await withBusy(i18next.t('app.loading'), () => this.worker.call('project.open', { bytes, name }));
    this.setProject(view, handle, name, false);
    uiCommands.toast(i18next.t('messages.opened', { name }));
    for (const notice of view.notices) uiCommands.toast(notice);
  }

  private setProject(view: ProjectView, handle: string | null, fileName: string, dirty: boolean): void {
    this.changeCounter++;
    this.journaledCounter = dirty ? this.journaledCounter : this.changeCounter;
    useAppStore.setState((s) => ({ project: { view, handle, fileName, dirty }, zoomRequest: s.zoomRequest + 1 }));
    this.publishState();
  }

  private markSaved(handle: string, fileName: string): void {
    const project = useAppStore.getState().project;
    if (!project) return;
    useAppStore.setState({ project: { ...project, handle, fileName, dirty: false } });
    this.journaledCounter = this.changeCounter;
    void this.host.clearJournal();
    this.publishState();
  }
}

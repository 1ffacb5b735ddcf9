import i18next from 'i18next';
import { defineAction } from './action';

/** Lists recently opened projects to pick one (the File → Open Recent menu does the same in Electron). */
export default defineAction('project.openRecentList', {
  perform: async ({ host, document, ui }) => {
    const recent = await host.recentFiles();
    if (recent.length === 0) {
      ui.toast(i18next.t('messages.noRecent'));
      return;
    }
    const choice = await ui.ask(i18next.t('actions.project.openRecentList'), '', [
      ...recent.map((file) => ({ id: file.handle, label: file.name })),
      { id: 'cancel', label: i18next.t('dialogs.cancel') },
    ]);
    if (choice !== 'cancel') await document.openRecent(choice);
  },
});

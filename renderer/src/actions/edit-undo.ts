import i18next from 'i18next';
import { runGuarded } from '../app/guarded';
import { defineAction } from './action';

export default defineAction('edit.undo', {
  perform: async ({ project, ui }) => {
    await runGuarded(async () => {
      if (!(await project.stepHistory(-1))) ui.toast(i18next.t('messages.nothingToUndo'));
    });
  },
});

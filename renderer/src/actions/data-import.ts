import { runGuarded } from '../app/guarded';
import { defineAction, needsProject } from './action';

/** Ctrl+I: the import wizard (renderer/src/import), loaded when first used; all-or-nothing and undoable. */
export default defineAction('data.import', {
  predicate: needsProject,
  perform: async ({ host, project }) => {
    await runGuarded(async () => {
      const { openImportWizard } = await import('../import/open-import-wizard');
      await openImportWizard(host, project);
    });
  },
});

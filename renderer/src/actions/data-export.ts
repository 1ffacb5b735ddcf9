import { runGuarded } from '../app/guarded';
import { defineAction, needsProject } from './action';

/** Ctrl+E: the export dialog (renderer/src/export), loaded when first used: layers, format, CRS, encoding, personal data. */
export default defineAction('data.export', {
  predicate: needsProject,
  perform: async ({ host, project }) => {
    await runGuarded(async () => {
      const { openExportDialog } = await import('../export/open-export-dialog');
      openExportDialog({ host, exportLayers: (args, progress) => project.exportLayers(args, progress) });
    });
  },
});

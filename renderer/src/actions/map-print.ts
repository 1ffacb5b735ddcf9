import { runGuarded } from '../app/guarded';
import { openPrintView } from '../print/print-controller';
import { defineAction, needsProject } from './action';

/** Ctrl+P: the print layout view (paper, template, title, atlas); PDF and PNG from there. */
export default defineAction('map.print', {
  predicate: needsProject,
  perform: async (context) => {
    await runGuarded(() => openPrintView(context));
  },
});

import { defineAction, needsProject } from './action';

export default defineAction('project.saveAs', {
  predicate: needsProject,
  perform: async ({ document }) => {
    await document.saveAs();
  },
});

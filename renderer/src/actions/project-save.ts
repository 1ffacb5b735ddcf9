import { defineAction, needsProject } from './action';

export default defineAction('project.save', {
  predicate: needsProject,
  perform: async ({ document }) => {
    await document.save();
  },
});

import { defineAction } from './action';

/** Opens the synthetic sample county (the project Landlink shows on first start). */
export default defineAction('project.openSample', {
  perform: ({ document }) => document.openSample(),
});

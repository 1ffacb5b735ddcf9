import { defineAction } from './action';

export default defineAction('project.open', {
  perform: ({ document }) => document.openFromDialog(),
});

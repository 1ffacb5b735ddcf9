import { defineAction } from './action';

export default defineAction('project.new', {
  perform: ({ document }) => document.newProject(),
});

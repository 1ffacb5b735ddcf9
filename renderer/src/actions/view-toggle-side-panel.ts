import { defineAction } from './action';

export default defineAction('view.toggleSidePanel', {
  perform: ({ ui }) => ui.toggleSidePanel(),
});

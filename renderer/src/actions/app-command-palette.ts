import { defineAction } from './action';

export default defineAction('app.commandPalette', {
  perform: ({ ui }) => ui.setPaletteOpen(true),
});

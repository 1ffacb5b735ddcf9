import { defineAction } from './action';

export default defineAction({
  id: 'app.commandPalette',
  labelKey: 'actions.app.commandPalette',
  shortcuts: ['Mod+K', 'Mod+Shift+P'],
  run: (app) => app.ui.setPaletteOpen(true),
});

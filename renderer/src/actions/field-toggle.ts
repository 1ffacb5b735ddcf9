import { toggleFieldMode } from '../field/field-mode-commands';
import { defineAction } from './action';

/** Opens or closes field mode (外业核查模式): position, today's targets, the verification form. */
export default defineAction({
  id: 'field.toggle',
  labelKey: 'actions.field.toggle',
  shortcuts: ['Mod+Shift+F'],
  enabled: (app) => app.hasProject(),
  run: () => toggleFieldMode(),
});

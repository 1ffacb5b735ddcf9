import { toggleFieldMode } from '../field/field-mode-commands';
import { defineAction, needsProject } from './action';

/** Opens or closes field mode (外业核查模式): position, today's targets, the verification form. */
export default defineAction('field.toggle', {
  predicate: needsProject,
  perform: () => toggleFieldMode(),
});

import { defineAction, needsProject } from './action';
import { mergeSelected } from '../draw/draw-commands';

export default defineAction('draw.merge', {
  predicate: needsProject,
  perform: (context) => mergeSelected(context),
});

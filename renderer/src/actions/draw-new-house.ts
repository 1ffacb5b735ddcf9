import { defineAction, needsProject } from './action';
import { startTool } from '../draw/draw-commands';

export default defineAction('draw.newHouse', {
  predicate: needsProject,
  perform: (context) => startTool(context, 'new-house'),
});

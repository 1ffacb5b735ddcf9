import { defineAction, needsProject } from './action';
import { startTool } from '../draw/draw-commands';

export default defineAction('draw.split', {
  predicate: needsProject,
  perform: (context) => startTool(context, 'split'),
});

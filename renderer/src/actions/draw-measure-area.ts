import { defineAction, needsProject } from './action';
import { startTool } from '../draw/draw-commands';

export default defineAction('draw.measureArea', {
  predicate: needsProject,
  perform: (context) => startTool(context, 'measure-area'),
});

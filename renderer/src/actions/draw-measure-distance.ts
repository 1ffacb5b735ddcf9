import { defineAction, needsProject } from './action';
import { startTool } from '../draw/draw-commands';

export default defineAction('draw.measureDistance', {
  predicate: needsProject,
  perform: (context) => startTool(context, 'measure-distance'),
});

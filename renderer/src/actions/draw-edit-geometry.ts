import { defineAction, needsProject } from './action';
import { startTool } from '../draw/draw-commands';

export default defineAction('draw.editGeometry', {
  predicate: needsProject,
  perform: (context) => startTool(context, 'edit-geometry'),
});

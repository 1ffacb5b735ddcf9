import { defineAction, needsProject } from './action';
import { startTool } from '../draw/draw-commands';

export default defineAction('draw.newParcel', {
  predicate: needsProject,
  perform: (context) => startTool(context, 'new-parcel'),
});

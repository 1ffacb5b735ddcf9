import i18next from 'i18next';
import { zoomToSelection } from '../table/zoom-to-selection';
import { defineAction, needsProject } from './action';

/** Zoom to row: fits the map to the selected features. */
export default defineAction('table.zoomToSelection', {
  predicate: needsProject,
  perform: (context) => {
    if (!zoomToSelection()) context.ui.toast(i18next.t('table.nothingSelected'));
  },
});

import i18next from 'i18next';
import { zoomToSelection } from '../table/zoom-to-selection';
import { defineAction } from './action';

/** Zoom to row: fits the map to the selected features. */
export default defineAction({
  id: 'table.zoomToSelection',
  labelKey: 'actions.table.zoomToSelection',
  shortcuts: ['Mod+Shift+J'],
  enabled: (app) => app.hasProject(),
  run: (app) => {
    if (!zoomToSelection()) app.ui.toast(i18next.t('table.nothingSelected'));
  },
});

import i18next from 'i18next';
import { openFeatureForm } from '../forms/form-store';
import { useAppStore } from '../state/app-store';
import { defineAction, needsProject } from './action';

/** Opens the feature form for the (first) selected feature, as Alt+Enter opens properties on the desktop. */
export default defineAction('form.openSelected', {
  predicate: needsProject,
  perform: (context) => {
    const selection = useAppStore.getState().selection;
    const fid = selection?.fids[0];
    if (!selection || fid === undefined) context.ui.toast(i18next.t('table.nothingSelected'));
    else openFeatureForm(selection.table, fid);
  },
});

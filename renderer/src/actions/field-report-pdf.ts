import { openVerificationReport } from '../field/report/open-verification-report';
import { defineAction } from './action';

/** The verification report as pages to print (PDF): per village what was checked, findings, and the photos. */
export default defineAction({
  id: 'field.reportPdf',
  labelKey: 'actions.field.reportPdf',
  shortcuts: ['Mod+Alt+Shift+R'],
  enabled: (app) => app.hasProject(),
  run: (app) => openVerificationReport(app),
});

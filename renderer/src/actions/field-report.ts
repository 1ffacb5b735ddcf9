import { exportVerificationReport } from '../field/field-report';
import { defineAction } from './action';

/** The verification report (XLSX): what was checked per village, findings, photos; households masked. */
export default defineAction({
  id: 'field.report',
  labelKey: 'actions.field.report',
  shortcuts: ['Mod+Alt+R'],
  enabled: (app) => app.hasProject(),
  run: (app) => exportVerificationReport(app),
});

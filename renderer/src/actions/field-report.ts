import { exportVerificationReport } from '../field/field-report';
import { defineAction, needsProject } from './action';

/** The verification report (XLSX): what was checked per village, findings, photos; households masked. */
export default defineAction('field.report', {
  predicate: needsProject,
  perform: (context) => exportVerificationReport(context),
});

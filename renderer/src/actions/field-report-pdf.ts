import { openVerificationReport } from '../field/report/open-verification-report';
import { defineAction, needsProject } from './action';

/** The verification report as pages to print (PDF): per village what was checked, findings, and the photos. */
export default defineAction('field.reportPdf', {
  predicate: needsProject,
  perform: (context) => openVerificationReport(context),
});

// The verification report (XLSX) per village.
export { buildVerificationReport, villageFigures, type VerificationReportOptions, type VillageFigures } from './verification-report';

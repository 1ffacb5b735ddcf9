// The verification report (XLSX) per village.
export { buildVerificationReport, verificationReportVillages, villageFigures, type ReportRow, type ReportVillage, type VerificationReportOptions, type VillageFigures } from './verification-report';

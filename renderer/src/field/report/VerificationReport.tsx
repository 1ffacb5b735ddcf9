// The verification report as pages to print: one A4 section per village with what was checked there (houses and
// parcels, findings, photos), the list of verifications, and the photos with their time and bearing. Rendered into
// document.body (a portal) so that the print stylesheet can print it alone.
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { exportVerificationReport } from '../field-report';
import { printVerificationReport } from './open-verification-report';
import { closeVerificationReport, useVerificationReport, type OpenReport } from './report-store';
import './verification-report.css';
import { useApp } from '../../app/app-context';

const FIGURES = ['houses', 'housesChecked', 'parcels', 'parcelsChecked', 'pass', 'fail', 'doubtful', 'noFinding', 'photos'] as const;
const COLUMNS = ['code', 'kind', 'entity', 'household', 'at', 'inspectors', 'finding', 'mu', 'landClass', 'checklist', 'remarks'] as const;

export function VerificationReport(): React.JSX.Element | null {
  const app = useApp();
  const report = useVerificationReport((s) => s.report);
  const { t } = useTranslation();
  useEffect(() => {
    if (!report) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') closeVerificationReport();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [report]);
  if (!report) return null;
  return createPortal(
    <div className="verification-report" role="dialog" aria-label={t('fieldReport.title')} data-testid="verification-report">
      <div className="verification-report-bar">
        <strong>{t('fieldReport.title')}</strong>
        <span className="muted">{t('fieldReport.pages', { count: report.villages.length })}</span>
        <span className="spacer" />
        <button type="button" className="primary" data-testid="verification-report-pdf" onClick={() => void printVerificationReport(app)}>
          {t('fieldReport.pdf')}
        </button>
        <button type="button" data-testid="verification-report-xlsx" onClick={() => void exportVerificationReport(app)}>
          {t('fieldReport.xlsx')}
        </button>
        <button type="button" data-testid="verification-report-close" onClick={closeVerificationReport}>
          {t('fieldReport.close')}
        </button>
      </div>
      {report.villages.map((village) => (
        <VillagePage key={`${village.figures.township}/${village.figures.village}`} village={village} report={report} />
      ))}
    </div>,
    document.body,
  );
}

/** "2024-07-01 09:32" in Beijing time, as the report's header says times are. */
function beijingMinute(iso: string): string {
  const time = Date.parse(iso);
  return Number.isFinite(time) ? new Date(time + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') : iso;
}

function VillagePage({ village, report }: { village: OpenReport['villages'][number]; report: OpenReport }): React.JSX.Element {
  const { t } = useTranslation();
  const codes = new Set(village.rows.map((r) => r.code));
  const photos = report.photos.filter((p) => p.verificationCode !== null && codes.has(p.verificationCode));
  const { figures } = village;
  return (
    <section className="verification-report-page" data-testid="verification-report-page">
      <header>
        <h1>{t('fieldReport.heading', { township: figures.township, village: figures.village })}</h1>
        <p className="muted">{t('fieldReport.produced', { date: report.producedOn })}</p>
      </header>
      <table className="verification-report-figures">
        <thead>
          <tr>{FIGURES.map((f) => <th key={f}>{t(`fieldReport.figures.${f}`)}</th>)}</tr>
        </thead>
        <tbody>
          <tr>{FIGURES.map((f) => <td key={f}>{figures[f]}</td>)}</tr>
        </tbody>
      </table>
      <table className="verification-report-rows">
        <thead>
          <tr>{COLUMNS.map((c) => <th key={c}>{t(`fieldReport.columns.${c}`)}</th>)}</tr>
        </thead>
        <tbody>
          {village.rows.map((row) => (
            <tr key={row.code}>
              {COLUMNS.map((c) => (
                <td key={c}>{c === 'mu' ? (row.mu === null ? '' : row.mu.toFixed(2)) : (row[c] ?? '')}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {photos.length > 0 ? (
        <div className="verification-report-photos">
          {photos.map((photo) => (
            <figure key={photo.code}>
              <img src={photo.url} alt={photo.fileName ?? photo.code} />
              <figcaption>
                {photo.code} · {photo.verificationCode}
                {photo.takenAt ? ` · ${beijingMinute(photo.takenAt)}` : ''}
                {photo.azimuthDeg === null ? '' : ` · ${t('fieldReport.bearing', { deg: Math.round(photo.azimuthDeg) })}`}
              </figcaption>
            </figure>
          ))}
        </div>
      ) : (
        <p className="muted">{t('fieldReport.noPhotos')}</p>
      )}
    </section>
  );
}

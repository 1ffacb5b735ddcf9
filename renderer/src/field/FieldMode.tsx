// Field mode (外业核查模式): a wide, touch-friendly panel beside the map for a day of checks in the villages. Where
// the inspector is (GNSS receiver, NMEA replay, photo or map click), today's targets by village or drawn area with
// distance and bearing, and the verification form of the chosen target. Ctrl+Shift+F or the palette opens it;
// Escape or × closes it.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppServices } from '../app/app-services';
import { useAppStore } from '../state/app-store';
import { whenMapReady, getMapInstance } from '../map/map-instance';
import { fieldTargets, latestFindings, nextTarget, type FieldTarget } from './field-targets';
import { useFieldStore } from './field-store';
import { removeFieldLayers, updateFieldLayers } from './field-map-layers';
import { cancelFieldMapTool, fieldMapToolActive } from './field-map-tools';
import { keepInView } from './keep-in-view';
import { showFieldDialog } from './field-dialogs';
import { openMergeFromFile } from './field-package';
import { exportVerificationReport } from './field-report';
import { closeFieldMode } from './field-mode-commands';
import { PositionPanel } from './PositionPanel';
import { TargetPanel } from './TargetPanel';
import { NextTargetCard } from './NextTargetCard';
import { VerificationForm } from './VerificationForm';
import './field.css';
import { useApp } from '../app/app-context';

export function FieldMode(): React.JSX.Element | null {
  const open = useFieldStore((s) => s.open);
  return open ? <FieldPanel /> : null;
}

/** The verification rows, re-read whenever the project or a field save changes them. */
function useVerificationRows(app: AppServices): Record<string, unknown>[] {
  const view = useAppStore((s) => s.project?.view);
  const revision = useFieldStore((s) => s.revision);
  const [rows, setRows] = useState<Record<string, unknown>[]>([]);
  useEffect(() => {
    let current = true;
    app.project.tableRows('verifications').then(
      (result) => current && setRows(result.rows),
      () => current && setRows([]),
    );
    return () => {
      current = false;
    };
  }, [app, view, revision]);
  return rows;
}

function FieldPanel(): React.JSX.Element {
  const app = useApp();
  const { t } = useTranslation();
  const panel = useRef<HTMLElement>(null);
  const layers = useAppStore((s) => s.project?.view.layers);
  const { filter, position, active, walk, follow } = useFieldStore();
  const verificationRows = useVerificationRows(app);
  const findings = useMemo(() => latestFindings(verificationRows), [verificationRows]);
  const here = position ? [position.lon, position.lat] : null;
  const targets: FieldTarget[] = useMemo(() => (layers && filter ? fieldTargets(layers, filter, here, findings) : []), [layers, filter, here?.[0], here?.[1], findings]);
  const activeTarget = active ? (targets.find((t) => t.table === active.table && t.code === active.code) ?? null) : null;
  const next = activeTarget ?? nextTarget(targets);

  useEffect(() => panel.current?.focus(), []);
  useEffect(() => {
    whenMapReady((map) =>
      updateFieldLayers(map, {
        position,
        next: next && position ? next.point : null,
        targets,
        active,
        area: filter?.kind === 'area' ? filter.area : null,
        walk: walk?.points ?? [],
      }),
    );
  }, [position, next, targets, active, filter, walk]);
  // Following: the map pans only when the position leaves the visible part beside the panel, so it does not jitter.
  useEffect(() => {
    if (!follow || !position) return;
    whenMapReady((map) => keepInView(map, [position.lon, position.lat], panel.current?.offsetWidth ?? 0));
  }, [follow, position]);
  useEffect(
    () => () => {
      cancelFieldMapTool();
      const map = getMapInstance();
      if (map) removeFieldLayers(map);
    },
    [],
  );

  return (
    <section
      ref={panel}
      tabIndex={-1}
      className="field-mode"
      data-testid="field-mode"
      aria-label={t('field.title')}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
        // Escape first ends a drawing or a map pick; only then does it close field mode.
        if (fieldMapToolActive()) cancelFieldMapTool();
        else closeFieldMode();
      }}
    >
      <header className="field-header">
        <h2>{t('field.title')}</h2>
        <button type="button" className="field-close" data-testid="field-close" aria-label={t('field.close')} title={t('field.close')} onClick={closeFieldMode}>
          ×
        </button>
      </header>
      <div className="field-body">
        <PositionPanel />
        <TargetPanel targets={targets} verifiedCount={targets.filter((x) => x.finding !== null).length} />
        {next ? <NextTargetCard target={next} isActive={activeTarget !== null} /> : null}
        {activeTarget ? <VerificationForm key={`${activeTarget.table}:${activeTarget.code}`} target={activeTarget} verificationRows={verificationRows} /> : null}
        <section className="field-section" aria-label={t('field.package.section')}>
          <h3>{t('field.package.section')}</h3>
          <div className="field-buttons">
            <button type="button" data-testid="field-package-export" onClick={() => showFieldDialog({ kind: 'package-export' })}>
              {t('field.package.title')}
            </button>
            <button type="button" data-testid="field-package-merge" onClick={() => void openMergeFromFile(app)}>
              {t('field.package.mergeButton')}
            </button>
            <button type="button" data-testid="field-report" onClick={() => void exportVerificationReport(app)}>
              {t('field.report.button')}
            </button>
          </div>
        </section>
      </div>
    </section>
  );
}

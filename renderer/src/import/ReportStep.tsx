// Step 5: the validation report before anything is written. Values a column refuses (importFile's problems), geometry
// problems (validateGeometry per feature), areas the source states beside Landlink's ellipsoidal area, and warnings;
// then the choice to fix what the safe repair can fix, to skip bad features, or to cancel.
import { useTranslation } from 'react-i18next';
import { formatNumber, useBilingual } from './bilingual';
import type { ImportPlan, ReportChoices } from './build-import-collection';
import type { MappedFeatures, PreparedImport } from './import-messages';

interface Props {
  readonly prepared: PreparedImport;
  readonly mapped: MappedFeatures;
  readonly choices: ReportChoices;
  readonly plan: ImportPlan;
  readonly onChoices: (choices: ReportChoices) => void;
}

/** Long reports show their first rows; the counts above them are complete. */
const MAX_ROWS = 100;

export function ReportStep({ prepared, mapped, choices, plan, onChoices }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const pick = useBilingual();
  const geometryErrors = mapped.geometry.filter((g) => g.problems.some((p) => p.severity === 'error'));
  const repairable = mapped.geometry.filter((g) => g.repaired).length;
  const problemRows = [
    ...mapped.valueProblems.map((p) => ({ feature: p.feature, kind: 'value' as const, text: `${p.field} → ${p.column}：${p.value === null ? '' : String(p.value)} — ${pick(p.message)}` })),
    ...mapped.geometry.flatMap((g) => g.problems.map((p) => ({ feature: g.feature, kind: p.severity, text: pick({ en: p.message, zh: p.messageZh }) }))),
  ].sort((a, b) => a.feature - b.feature);
  return (
    <div className="import-step" data-testid="import-report">
      <ul className="import-summary">
        <li>{t('import.report.features', { count: prepared.featureCount })}</li>
        <li data-testid="import-value-problems">{t('import.report.valueProblems', { count: mapped.valueProblems.length })}</li>
        <li data-testid="import-geometry-problems">{t('import.report.geometryErrors', { count: geometryErrors.length, repairable })}</li>
      </ul>
      {prepared.warnings.map((w, i) => (
        <p key={i} className="import-warning" data-testid="import-warning">{pick(w)}</p>
      ))}
      {problemRows.length > 0 && (
        <div className="import-table-scroll short">
          <table className="import-problems" data-testid="import-problem-list">
            <tbody>
              {problemRows.slice(0, MAX_ROWS).map((row, i) => (
                <tr key={i} className={row.kind === 'warning' ? 'warning' : 'error'}>
                  <td>{t('import.report.feature', { n: row.feature + 1 })}</td>
                  <td>{t(`import.report.kind.${row.kind}`)}</td>
                  <td>{row.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mapped.sourceAreas.length > 0 && (
        <>
          <h4>{t('import.report.areas')}</h4>
          <div className="import-table-scroll short">
            <table className="import-areas" data-testid="import-areas">
              <thead>
                <tr>
                  <th>#</th>
                  <th>{t('import.report.areaField')}</th>
                  <th>{t('import.report.sourceM2')}</th>
                  <th>{t('import.report.ellipsoidalM2')}</th>
                  <th>{t('import.report.difference')}</th>
                </tr>
              </thead>
              <tbody>
                {mapped.sourceAreas.slice(0, MAX_ROWS).map((a, i) => (
                  <tr key={i}>
                    <td>{a.feature + 1}</td>
                    <td>{a.field}</td>
                    <td className="number">{formatNumber(a.source_m2, 2)}</td>
                    <td className="number">{formatNumber(a.computed_m2, 2)}</td>
                    <td className="number">{formatNumber(a.difference_pct, 3)} %</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">{t('import.report.areaNote')}</p>
        </>
      )}
      <div className="import-options">
        <label>
          <input type="checkbox" data-testid="import-fix" checked={choices.fix} disabled={repairable === 0} onChange={(e) => onChoices({ ...choices, fix: e.target.checked })} />
          {t('import.report.fix', { count: repairable })}
        </label>
        <label>
          <input type="checkbox" data-testid="import-skip" checked={choices.skip} onChange={(e) => onChoices({ ...choices, skip: e.target.checked })} />
          {t('import.report.skip')}
        </label>
      </div>
      <p data-testid="import-plan" className={plan.blocking.length > 0 ? 'import-warning' : ''}>
        {plan.blocking.length > 0
          ? t('import.report.blocked', { count: plan.blocking.length, first: plan.blocking[0]! + 1 })
          : t('import.report.plan', { count: plan.collection.features.length, fixed: plan.fixed.length, skipped: plan.skipped.length })}
      </p>
    </div>
  );
}

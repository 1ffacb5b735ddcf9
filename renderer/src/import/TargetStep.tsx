// Step 2: which project layer receives the features.
import { useTranslation } from 'react-i18next';
import { findTableSchema } from '../../../shared/domain/tables/index';
import { IMPORT_TARGET_TABLES } from './import-targets';

interface Props {
  readonly table: string;
  readonly geometryKinds: readonly string[];
  readonly onTable: (table: string) => void;
}

export function TargetStep({ table, geometryKinds, onTable }: Props): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="import-step" data-testid="import-step-target">
      <p>{t('import.target.intro', { kinds: geometryKinds.join('、') || '—' })}</p>
      <div className="import-choices" role="radiogroup" aria-label={t('import.steps.target')}>
        {IMPORT_TARGET_TABLES.map((name) => {
          const schema = findTableSchema(name);
          return (
            <label key={name} className="import-choice">
              <input type="radio" name="import-target" value={name} checked={table === name} data-testid={`import-table-${name}`} onChange={() => onTable(name)} />
              <span>{t(`layers.${name}`)}</span>
              <span className="muted">{schema ? t(`import.geometry.${schema.geometryType ?? 'none'}`) : ''}</span>
            </label>
          );
        })}
      </div>
    </div>
  );
}

// Progress of a read that takes longer than a moment, with the button that stops it (the project is untouched).
import { useTranslation } from 'react-i18next';

interface Props {
  readonly done: number;
  readonly total: number;
  readonly label: string;
  readonly onCancel?: () => void;
}

export function WizardProgress({ done, total, label, onCancel }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const percent = total > 0 ? Math.round((done / total) * 100) : undefined;
  return (
    <div className="import-progress" data-testid="import-progress" role="status">
      <span>{label}</span>
      <progress max={100} {...(percent === undefined ? {} : { value: percent })} />
      <span className="number">{percent === undefined ? '' : `${percent} %`}</span>
      {onCancel && (
        <button type="button" data-testid="import-progress-cancel" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      )}
    </div>
  );
}

// The ledger's rule checks as the data stands (oversold projects, payments beyond a contract, turnover quota due),
// each in the user's language.
import { useTranslation } from 'react-i18next';
import type { LedgerView } from '../../../shared/ipc/ledger-protocol';

export function LedgerChecks({ view }: { view: LedgerView }): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  if (view.checks.length === 0) return null;
  return (
    <div className="ledger-checks" data-testid="ledger-checks">
      <h3>{t('ledger.checks')}</h3>
      <ul>
        {view.checks.map((issue, i) => (
          <li key={i} className={issue.severity === 'error' ? 'bad' : 'warn'}>
            {i18n.language === 'en' ? issue.message : issue.messageZh}
          </li>
        ))}
      </ul>
    </div>
  );
}

// The 账本 (ledger) workspace: a large panel over the map with the quota ledger, sales, loans, the repayment plan
// and the 一张图 dashboard. Opened by Ctrl+L or the palette; Escape or × closes it. It re-reads its view whenever
// the project changes, so an edit anywhere shows here at once.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppLanguage } from '../i18n/i18n';
import { closeLedger, LEDGER_TABS, setAsOfDate, useLedgerStore } from './ledger-store';
import { useLedgerView } from './use-ledger-view';
import { ProjectsTab } from './ProjectsTab';
import { SalesTab } from './SalesTab';
import { LoansTab } from './LoansTab';
import { PlanTab } from './PlanTab';
import { DashboardTab } from './DashboardTab';
import './ledger.css';
import { useApp } from '../app/app-context';

export function LedgerWorkspace(): React.JSX.Element | null {
  const open = useLedgerStore((s) => s.open);
  return open ? <LedgerPanel /> : null;
}

function LedgerPanel(): React.JSX.Element {
  const app = useApp();
  const { t, i18n } = useTranslation();
  const language: AppLanguage = i18n.language === 'en' ? 'en' : 'zh-CN';
  const tab = useLedgerStore((s) => s.tab);
  const asOfDate = useLedgerStore((s) => s.asOfDate);
  const { view, error } = useLedgerView(app, language);
  const panel = useRef<HTMLElement>(null);
  // Focus moves into the workspace when it opens, so Escape closes it and Tab walks its controls.
  useEffect(() => panel.current?.focus(), []);
  return (
    <section
      ref={panel}
      tabIndex={-1}
      className="ledger-workspace"
      data-testid="ledger-workspace"
      aria-label={t('ledger.title')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') closeLedger();
      }}
    >
      <header className="ledger-header">
        <h2>{t('ledger.title')}</h2>
        <nav role="tablist" className="ledger-tabs">
          {LEDGER_TABS.map((id) => (
            <button key={id} role="tab" type="button" aria-selected={tab === id} data-testid={`ledger-tab-${id}`} onClick={() => useLedgerStore.setState({ tab: id })}>
              {t(`ledger.tabs.${id}`)}
            </button>
          ))}
        </nav>
        <label className="ledger-asof">
          {t('ledger.asOfLabel')}
          <input
            type="date"
            data-testid="ledger-asof"
            value={asOfDate ?? view?.asOfDate ?? ''}
            onChange={(e) => setAsOfDate(e.target.value || null)}
          />
          {asOfDate ? (
            <button type="button" className="link-button" data-testid="ledger-asof-today" onClick={() => setAsOfDate(null)}>
              {t('ledger.asOfToday')}
            </button>
          ) : null}
        </label>
        <button type="button" className="ledger-close" data-testid="ledger-close" aria-label={t('ledger.close')} title={t('ledger.close')} onClick={closeLedger}>
          ×
        </button>
      </header>
      {error ? <p className="ledger-error" role="alert">{error}</p> : null}
      <div className="ledger-body" role="tabpanel">
        {!view ? (
          <p className="ledger-empty">{t('ledger.loading')}</p>
        ) : tab === 'projects' ? (
          <ProjectsTab view={view} language={language} />
        ) : tab === 'sales' ? (
          <SalesTab view={view} language={language} />
        ) : tab === 'loans' ? (
          <LoansTab view={view} language={language} />
        ) : tab === 'plan' ? (
          <PlanTab view={view} language={language} />
        ) : (
          <DashboardTab view={view} language={language} />
        )}
      </div>
    </section>
  );
}

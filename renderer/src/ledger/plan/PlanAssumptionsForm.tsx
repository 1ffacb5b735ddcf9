// 测算假设: the plan's assumptions in view and editable, kept in the project (landlink_meta, one undoable step): the
// sales pace of unsold quota (mu a year, default the county's past pace, or all as soon as accepted), its scope and
// price (default the price preset), the share of income reserved for loans, whether overdue receivables count, and
// the LPR for loans that follow it. What a delay applies to is said, not chosen: unsold quota, never signed contracts.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerView } from '../../../../shared/ipc/ledger-protocol';
import type { StoredPlanAssumptions } from '../../../../shared/ledger/ledger-settings';
import { useApp } from '../../app/app-context';
import { uiCommands } from '../../app/ui-commands';
import type { AppLanguage } from '../../i18n/i18n';
import { FormMessage, useLedgerSubmit } from '../LedgerForm';
import { setScenario } from '../ledger-store';
import './plan.css';

interface Draft {
  pace: string;
  paceKind: 'mu_per_year' | 'on_acceptance';
  scope: 'intra_province' | 'cross_province';
  price: string;
  reserve: string;
  overdue: 'keep' | 'drop';
  lpr: string;
}

function draftOf(view: LedgerView): Draft {
  const a = view.assumptions;
  const s = view.storedAssumptions;
  return {
    pace: a.sales_pace.kind === 'mu_per_year' ? String(a.sales_pace.muPerYear) : String(Math.round(a.unsold_mu * 100) / 100),
    paceKind: a.sales_pace.kind,
    scope: a.unsold_scope,
    price: s.unsoldPricePerMu !== undefined ? String(s.unsoldPricePerMu) : '',
    reserve: String(Math.round((s.reserveShare ?? 1) * 1000) / 10),
    overdue: a.overdue,
    lpr: String(Math.round(a.lpr_path.base * 100_000) / 1000),
  };
}

export function PlanAssumptionsForm({ view, language }: { view: LedgerView; language: AppLanguage }): React.JSX.Element {
  const app = useApp();
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(view));
  useEffect(() => setDraft(draftOf(view)), [view]);
  // The stored share reserved for loans is where the what-if control starts: set when the project opens or it is saved.
  const storedReserve = view.storedAssumptions.reserveShare;
  useEffect(() => {
    if (storedReserve !== undefined) setScenario({ reserveShare: storedReserve });
  }, [storedReserve]);
  const submit = useLedgerSubmit(language);
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const save = async (): Promise<void> => {
    const problems: Record<string, string> = {};
    const pace = Number(draft.pace);
    if (draft.paceKind === 'mu_per_year' && !(draft.pace.trim() !== '' && pace > 0)) problems.pace = t('ledger.assumptions.errors.pace');
    const price = Number(draft.price);
    if (draft.price.trim() !== '' && !(price >= 0)) problems.price = t('ledger.assumptions.errors.price');
    const reserve = Number(draft.reserve);
    if (!(draft.reserve.trim() !== '' && reserve >= 0 && reserve <= 100)) problems.reserve = t('ledger.assumptions.errors.reserve');
    const lpr = Number(draft.lpr);
    if (!(draft.lpr.trim() !== '' && lpr >= 0 && lpr < 100)) problems.lpr = t('ledger.assumptions.errors.lpr');
    if (Object.keys(problems).length > 0) return submit.setFieldMessages(problems);
    const stored = view.storedAssumptions;
    const next: StoredPlanAssumptions = {
      ...stored,
      salesPace: draft.paceKind === 'mu_per_year' ? { kind: 'mu_per_year', muPerYear: pace } : { kind: 'on_acceptance' },
      unsoldScope: draft.scope,
      reserveShare: reserve / 100,
      overdue: draft.overdue,
      lprPath: { base: lpr / 100, byYear: stored.lprPath?.byYear ?? {} },
    };
    const { unsoldPricePerMu: _dropped, ...withoutPrice } = next;
    const toSave = draft.price.trim() === '' ? withoutPrice : { ...next, unsoldPricePerMu: price };
    if (await submit.run(() => app.project.saveLedgerSettings({ planAssumptions: toSave }))) uiCommands.toast(t('ledger.assumptions.saved'), 'info');
  };
  const a = view.assumptions;
  const field = (key: string, label: string, input: React.ReactNode, note?: string) => (
    <label key={key}>
      {label}
      {input}
      {note ? <span className="source">{note}</span> : null}
      {submit.fieldMessages[key] ? <span className="field-message bad" role="alert" data-testid={`assumption-${key}-message`}>{submit.fieldMessages[key]}</span> : null}
    </label>
  );
  return (
    <form
      className="plan-assumptions"
      data-testid="plan-assumptions"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {field(
        'paceKind',
        t('ledger.assumptions.paceKind'),
        <select data-testid="assumption-pace-kind" value={draft.paceKind} onChange={(e) => set({ paceKind: e.target.value as Draft['paceKind'] })}>
          <option value="mu_per_year">{t('ledger.assumptions.muPerYear')}</option>
          <option value="on_acceptance">{t('ledger.assumptions.onAcceptance')}</option>
        </select>,
      )}
      {field(
        'pace',
        t('ledger.assumptions.pace'),
        <input data-testid="assumption-pace" inputMode="decimal" disabled={draft.paceKind !== 'mu_per_year'} value={draft.pace} onChange={(e) => set({ pace: e.target.value })} />,
        a.sales_pace_source === 'past_sales' ? t('ledger.assumptions.fromPastSales') : t('ledger.assumptions.unsold', { mu: a.unsold_mu.toFixed(2), year: a.first_sale_year }),
      )}
      {field(
        'scope',
        t('ledger.assumptions.scope'),
        <select data-testid="assumption-scope" value={draft.scope} onChange={(e) => set({ scope: e.target.value as Draft['scope'] })}>
          <option value="intra_province">{t('ledger.assumptions.intraProvince')}</option>
          <option value="cross_province">{t('ledger.assumptions.crossProvince')}</option>
        </select>,
      )}
      {field('price', t('ledger.assumptions.price'), <input data-testid="assumption-price" inputMode="decimal" placeholder={String(Math.round(a.base_price))} value={draft.price} onChange={(e) => set({ price: e.target.value })} />, t('ledger.assumptions.priceDefault'))}
      {field('reserve', t('ledger.assumptions.reserve'), <input data-testid="assumption-reserve" inputMode="decimal" value={draft.reserve} onChange={(e) => set({ reserve: e.target.value })} />)}
      {field(
        'overdue',
        t('ledger.assumptions.overdue'),
        <select data-testid="assumption-overdue" value={draft.overdue} onChange={(e) => set({ overdue: e.target.value as Draft['overdue'] })}>
          <option value="keep">{t('ledger.assumptions.keep')}</option>
          <option value="drop">{t('ledger.assumptions.drop')}</option>
        </select>,
      )}
      {field('lpr', t('ledger.assumptions.lpr'), <input data-testid="assumption-lpr" inputMode="decimal" value={draft.lpr} onChange={(e) => set({ lpr: e.target.value })} />)}
      <span className="source">{t('ledger.assumptions.delayAppliesTo')}</span>
      <button type="submit" data-testid="assumptions-save" disabled={submit.busy}>
        {t('ledger.assumptions.save')}
      </button>
      <FormMessage message={submit.message} testId="assumptions-message" />
    </form>
  );
}

// The import wizard: a panel over the right of the map (the preview stays visible on the left). It reads in its own
// worker, walks the user through source → target layer → fields → encoding and CRS → validation report, and imports
// as one undoable, all-or-nothing step. Enter goes to the next step, Escape cancels (the work, or the wizard).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeatureCollection, Geometry } from 'geojson';
import { ENUMS } from '../../../shared/domain/enums';
import { findTableSchema } from '../../../shared/domain/tables/index';
import { useBilingual } from './bilingual';
import { blockingFeatures, buildImportPlan, type ReportChoices } from './build-import-collection';
import { CrsStep } from './CrsStep';
import { recallFieldMap, rememberFieldMap, sourceSignature } from './field-map-memory';
import { FieldsStep } from './FieldsStep';
import type { PickedFile, PrepareRequest } from './import-messages';
import { removeImportPreview, showImportPreview } from './import-preview-layer';
import { ImportWorkerClient } from './import-worker-client';
import { ReportStep } from './ReportStep';
import { SourceStep } from './SourceStep';
import { TargetStep } from './TargetStep';
import { usePreparedImport } from './use-prepared-import';
import { nextStep, previousStep, WIZARD_STEPS, type WizardStep } from './wizard-steps';
import { WizardProgress } from './WizardProgress';

/** What the wizard needs from the app: the one write it makes. Rejects (project unchanged) with a bilingual failure. */
export interface ImportCommit {
  importFeatures(table: string, collection: FeatureCollection, sourceName: string, progress?: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal }): Promise<void>;
}

interface Props {
  readonly files: readonly PickedFile[];
  readonly commit: ImportCommit;
  readonly onClose: (imported?: { count: number; table: string }) => void;
}

function failureText(error: unknown): { en: string; zh: string } {
  const failure = (error as { failure?: { message?: string; messageZh?: string } })?.failure;
  if (failure?.message) return { en: failure.message, zh: failure.messageZh ?? failure.message };
  const message = error instanceof Error ? error.message : String(error);
  return { en: message, zh: message };
}

function geometryKindsOf(collection: FeatureCollection<Geometry | null> | undefined): string[] {
  return [...new Set((collection?.features ?? []).map((f) => f.geometry?.type).filter((k): k is NonNullable<typeof k> => Boolean(k)))];
}

const INITIAL_REQUEST: PrepareRequest = { table: 'reclaim_parcels', userMap: {}, defaults: {}, read: {} };

export function ImportWizard({ files, commit, onClose }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const pick = useBilingual();
  const client = useMemo(() => new ImportWorkerClient(files), [files]);
  useEffect(() => () => client.dispose(), [client]);
  useEffect(() => () => removeImportPreview(), []);

  const [step, setStep] = useState<WizardStep>('source');
  const [request, setRequest] = useState<PrepareRequest>(INITIAL_REQUEST);
  const [choices, setChoices] = useState<ReportChoices>({ fix: true, skip: false });
  const [committing, setCommitting] = useState(false);
  // Rows written so far by the final step, and the way to stop it (the worker rolls the whole import back).
  const [written, setWritten] = useState<{ done: number; total: number }>({ done: 0, total: 0 });
  const commitAbort = useRef<AbortController | null>(null);
  const [commitError, setCommitError] = useState<{ en: string; zh: string } | null>(null);
  const tableChosen = useRef(false);
  const recalled = useRef(new Set<string>());
  const fitKey = useRef('');

  const { prepared, working, error, cancelledBeforeFirst, cancel } = usePreparedImport(client, request, setRequest);
  const mapped = prepared?.mapped;
  const plan = useMemo(() => (mapped ? buildImportPlan(mapped, choices) : null), [mapped, choices]);
  const update = useCallback((change: (r: PrepareRequest) => PrepareRequest) => setRequest((r) => change(r)), []);

  useEffect(() => {
    if (cancelledBeforeFirst) onClose();
  }, [cancelledBeforeFirst, onClose]);

  // After a read: guess the layer from the geometry, recall this source's field choices, pre-fill required values.
  useEffect(() => {
    if (!prepared) return;
    const kinds = geometryKindsOf(prepared.mapped?.collection);
    if (!tableChosen.current && kinds.length > 0 && kinds.every((k) => k === 'Point' || k === 'MultiPoint') && request.table === 'reclaim_parcels') {
      tableChosen.current = true;
      update((r) => ({ ...r, table: 'old_houses', defaults: {} }));
      return;
    }
    const signature = sourceSignature(prepared.format, prepared.fields);
    const recallKey = `${prepared.table}|${signature}`;
    if (!recalled.current.has(recallKey)) {
      recalled.current.add(recallKey);
      const remembered = recallFieldMap(signature, prepared.table);
      if (remembered && Object.keys(request.userMap).length === 0) {
        update((r) => ({ ...r, userMap: remembered }));
        return;
      }
    }
    const schema = findTableSchema(prepared.table);
    const missing = (prepared.mapped?.missingRequired ?? []).filter((c) => request.defaults[c] === undefined);
    const filled: Record<string, unknown> = {};
    for (const name of missing) {
      const column = schema?.columns.find((c) => c.name === name);
      const first = column?.enum ? Object.keys(ENUMS[column.enum])[0] : undefined;
      if (first) filled[name] = first;
    }
    if (Object.keys(filled).length > 0) update((r) => ({ ...r, defaults: { ...r.defaults, ...filled } }));
  }, [prepared, request.table, request.userMap, request.defaults, update]);

  // The preview on the map follows the latest reading; problem features in red.
  useEffect(() => {
    if (!mapped) {
      removeImportPreview();
      return;
    }
    const key = `${prepared?.crs.ok ? prepared.crs.code : ''}|${prepared?.layerName}|${prepared?.featureCount}`;
    // With "fix" on, the map shows the repaired shapes: what would be imported.
    const repaired = choices.fix ? new Map(mapped.geometry.filter((g) => g.repaired).map((g) => [g.feature, g.repaired!])) : new Map();
    const shown = repaired.size === 0 ? mapped.collection : { ...mapped.collection, features: mapped.collection.features.map((f, i) => (repaired.has(i) ? { ...f, geometry: repaired.get(i)! } : f)) };
    showImportPreview(shown, blockingFeatures(mapped, choices.fix), key !== fitKey.current);
    fitKey.current = key;
  }, [mapped, prepared, choices.fix]);

  const canImport = Boolean(plan && plan.blocking.length === 0 && plan.collection.features.length > 0 && !working && !committing);

  const runImport = useCallback(async () => {
    if (!prepared || !plan || !canImport) return;
    setCommitting(true);
    setCommitError(null);
    try {
      const abort = new AbortController();
      commitAbort.current = abort;
      setWritten({ done: 0, total: plan.collection.features.length });
      await commit.importFeatures(prepared.table, plan.collection as FeatureCollection, prepared.sourceName, { onProgress: (done, total) => setWritten({ done, total }), signal: abort.signal });
      rememberFieldMap(sourceSignature(prepared.format, prepared.fields), prepared.table, request.userMap);
      onClose({ count: plan.collection.features.length, table: prepared.table });
    } catch (failure) {
      setCommitError(failureText(failure));
      setCommitting(false);
    }
  }, [prepared, plan, canImport, commit, request.userMap, onClose]);

  const goNext = useCallback(() => {
    if (!prepared || working) return;
    const next = nextStep(step);
    if (next) setStep(next);
    else void runImport();
  }, [prepared, working, step, runImport]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') {
        event.preventDefault();
        if (working) cancel();
        else if (committing) commitAbort.current?.abort();
        else onClose();
      } else if (event.key === 'Enter' && !event.isComposing) {
        const target = event.target as HTMLElement | null;
        if (target && ['SELECT', 'TEXTAREA', 'BUTTON', 'INPUT'].includes(target.tagName) && (target as HTMLInputElement).type !== 'radio' && (target as HTMLInputElement).type !== 'checkbox') return;
        event.preventDefault();
        goNext();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [working, committing, cancel, onClose, goNext]);

  const body = (() => {
    if (!prepared) return <p className="muted">{error ? '' : t('import.reading')}</p>;
    switch (step) {
      case 'source':
        return <SourceStep files={files} prepared={prepared} onLayer={(layer) => update((r) => ({ ...r, read: { ...r.read, layer } }))} />;
      case 'target':
        return (
          <TargetStep
            table={request.table}
            geometryKinds={geometryKindsOf(mapped?.collection)}
            onTable={(table) => {
              tableChosen.current = true;
              update((r) => ({ ...r, table, userMap: {}, defaults: {} }));
            }}
          />
        );
      case 'fields':
        return (
          <FieldsStep
            prepared={prepared}
            defaults={request.defaults}
            onField={(field, column) => update((r) => ({ ...r, userMap: { ...r.userMap, [field]: column } }))}
            onDefault={(column, value) => update((r) => ({ ...r, defaults: { ...r.defaults, [column]: value } }))}
            onGoToCrs={() => setStep('crs')}
          />
        );
      case 'crs':
        return (
          <CrsStep
            prepared={prepared}
            read={request.read}
            onEncoding={(encoding) => update((r) => ({ ...r, read: { ...withoutKey(r.read, 'encoding'), ...(encoding ? { encoding } : {}) } }))}
            onCrs={(crsCode) => update((r) => ({ ...r, read: { ...withoutKey(r.read, 'crsCode'), ...(crsCode ? { crsCode } : {}) } }))}
          />
        );
      case 'report':
        return mapped && plan ? <ReportStep prepared={prepared} mapped={mapped} choices={choices} plan={plan} onChoices={setChoices} /> : <p className="import-warning">{t('import.fields.needCrs')}</p>;
    }
  })();

  const last = step === 'report';
  return (
    <aside className="import-wizard" role="dialog" aria-label={t('import.title')} data-testid="import-wizard">
      <header>
        <h2>
          {t('import.title')}
          {prepared && <span className="muted"> · {prepared.sourceName}</span>}
        </h2>
        <nav className="import-steps">
          {WIZARD_STEPS.map((s, i) => (
            <button key={s} type="button" className={s === step ? 'current' : ''} data-testid={`import-tab-${s}`} disabled={!prepared} onClick={() => setStep(s)}>
              {i + 1}. {t(`import.steps.${s}`)}
            </button>
          ))}
        </nav>
      </header>
      <div className="import-body">
        {error && <p className="import-error" data-testid="import-error">{pick(error)}</p>}
        {commitError && <p className="import-error" data-testid="import-commit-error">{pick(commitError)}</p>}
        {body}
      </div>
      {working?.visible && <WizardProgress done={working.done} total={working.total} label={t('import.reading')} onCancel={cancel} />}
      {committing && <WizardProgress done={written.done} total={written.total} label={t('import.importing')} onCancel={() => commitAbort.current?.abort()} />}
      <footer>
        <button type="button" data-testid="import-cancel" disabled={committing} onClick={() => (working ? cancel() : onClose())}>
          {t('import.cancel')}
        </button>
        <span className="spacer" />
        <button type="button" data-testid="import-back" disabled={!previousStep(step) || committing} onClick={() => setStep(previousStep(step) ?? step)}>
          {t('import.back')}
        </button>
        {last ? (
          <button type="button" className="primary" data-testid="import-commit" disabled={!canImport} onClick={() => void runImport()}>
            {t('import.commit', { count: plan?.collection.features.length ?? 0 })}
          </button>
        ) : (
          <button type="button" className="primary" data-testid="import-next" disabled={!prepared || Boolean(working)} onClick={goNext}>
            {t('import.next')}
          </button>
        )}
      </footer>
    </aside>
  );
}

function withoutKey<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const { [key]: _removed, ...rest } = value;
  return rest;
}

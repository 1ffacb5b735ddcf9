// The project worker: sql.js and every heavy step (sample generation, opening, saving, importing, summaries) run
// here, off the UI thread. Messages follow shared/ipc/worker-protocol.ts.
import type { WorkerFailure, WorkerOperation, WorkerOperations, WorkerRequest, WorkerResponse } from '../../../shared/ipc/worker-protocol';
import { ProjectSession } from './project-session';
import { loadSqlJs } from './load-sql-js';
import { fieldHandlers } from '../field/worker/field-handlers';

import type { TaskContext } from './task-context';

type QueuedOperation = Exclude<WorkerOperation, 'task.cancel'>;
type Handlers = { [K in QueuedOperation]: (args: WorkerOperations[K]['args'], task: TaskContext) => Promise<WorkerOperations[K]['result']> };

const sessionPromise = loadSqlJs().then((SQL) => new ProjectSession(SQL));

const handlers: Handlers = {
  'project.openSample': async (args) => (await sessionPromise).openSample(args.seed),
  'project.new': async (args) => (await sessionPromise).createNew(args.name, args.county),
  'project.open': async (args) => (await sessionPromise).open(args.bytes, args.name),
  'project.export': async () => ({ bytes: (await sessionPromise).exportBytes() }),
  'feature.update': async (args) => (await sessionPromise).updateFeature(args.table, args.fid, args.properties, args.geometry, args.acknowledgeLedgerWarnings),
  'feature.insert': async (args) => (await sessionPromise).insertFeatures(args.table, args.features, args.acknowledgeLedgerWarnings),
  'feature.delete': async (args) => (await sessionPromise).deleteFeatures(args.table, args.fids, args.acknowledgeLedgerWarnings),
  'feature.batch': async (args) => (await sessionPromise).batch(args.table, args.edits, args.label, args.acknowledgeLedgerWarnings),
  'table.rows': async (args) => (await sessionPromise).tableRows(args.table),
  'project.importFeatures': async (args, task) => (await sessionPromise).importCollection(args.table, args.collection, args.sourceName, task, args.acknowledgeLedgerWarnings),
  'project.exportLayers': async (args, task) => (await sessionPromise).exportLayers(args, task),
  'feature.history': async (args) => (await sessionPromise).featureHistory(args.table, args.code),
  'history.undo': async () => (await sessionPromise).undo(),
  'history.redo': async () => (await sessionPromise).redo(),
  'ledger.view': async (args) => (await sessionPromise).ledgerView(args.scenario, args.asOfDate),
  'ledger.addSale': async (args) => (await sessionPromise).addSale(args.sale),
  'ledger.addPayment': async (args) => (await sessionPromise).addPayment(args.payment),
  ...fieldHandlers(sessionPromise),
  'print.data': async () => (await sessionPromise).printData(),
  'print.saveSettings': async (args) => (await sessionPromise).savePrintSettings(args.settings),
  'ledger.saveRow': async (args) => (await sessionPromise).saveLedgerRow(args.table, args.code, args.values),
  'ledger.deleteRow': async (args) => (await sessionPromise).deleteLedgerRow(args.table, args.code),
  'ledger.saveSettings': async (args) => (await sessionPromise).saveLedgerSettings(args),
};

function toFailure(error: unknown): WorkerFailure {
  if (typeof error === 'object' && error !== null && 'messageZh' in error && 'message' in error) {
    const e = error as { code?: unknown; message: unknown; messageZh: unknown; field?: unknown; ledgerIssues?: WorkerFailure['ledgerIssues'] };
    return {
      code: String(e.code ?? 'error'),
      message: String(e.message),
      messageZh: String(e.messageZh),
      ...(typeof e.field === 'string' ? { field: e.field } : {}),
      ...(e.ledgerIssues ? { ledgerIssues: e.ledgerIssues } : {}),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'unexpected', message: `Unexpected error: ${message}`, messageZh: `意外错误：${message}` };
}

// Operations run one after another: an import written in chunks yields between them (to hear a cancel), and no
// other operation may touch the database meanwhile (a save would close the connection under its savepoint).
let queue: Promise<void> = Promise.resolve();
const cancelled = new Set<number>();

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { id, op, args } = event.data;
  if (op === 'task.cancel') {
    cancelled.add((args as WorkerOperations['task.cancel']['args']).id);
    self.postMessage({ id, ok: true, result: null } satisfies WorkerResponse);
    return;
  }
  const handler = handlers[op] as (a: unknown, task: TaskContext) => Promise<unknown>;
  const task: TaskContext = {
    progress: (done, total, label) => self.postMessage({ id, progress: { done, total, label } } satisfies WorkerResponse),
    cancelled: () => cancelled.has(id),
  };
  queue = queue
    .then(() => handler(args, task))
    .then(
      (result) => {
        const transfer = result && typeof result === 'object' && 'bytes' in result && (result as { bytes: unknown }).bytes instanceof Uint8Array ? [((result as { bytes: Uint8Array }).bytes).buffer] : [];
        try {
          self.postMessage({ id, ok: true, result } satisfies WorkerResponse, { transfer });
        } catch (error) {
          // A result that cannot be cloned must fail its own call, not stop the queue for every later one.
          self.postMessage({ id, ok: false, error: toFailure(error) } satisfies WorkerResponse);
        }
      },
      (error: unknown) => self.postMessage({ id, ok: false, error: toFailure(error) } satisfies WorkerResponse),
    )
    .catch(() => undefined)
    .finally(() => cancelled.delete(id));
});

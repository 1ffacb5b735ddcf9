// The project worker: sql.js and every heavy step (sample generation, opening, saving, importing, summaries) run
// here, off the UI thread. Operations follow ./project-protocol.ts over the one worker RPC (renderer/src/rpc).
import type { WorkerOperations } from './project-protocol';
import { ProjectSession } from './project-session';
import { loadSqlJs } from './load-sql-js';
import { fieldHandlers } from '../field/worker/field-handlers';
import { serveRpc, type RpcHandlers } from '../rpc/rpc-server';

const sessionPromise = loadSqlJs().then((SQL) => new ProjectSession(SQL));

const handlers: RpcHandlers<WorkerOperations> = {
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

// Operations run one after another: an import written in chunks yields between them (to hear a cancel), and no
// other operation may touch the database meanwhile (a save would close the connection under its savepoint).
serveRpc(handlers, { sequential: true });

// `landlink set <project.gpkg> --layer <table> --where column=value [--where …] column=value … [--accept-ledger-warnings]
// [--json]`: a batch edit of the rows that match every --where, as one transaction of the write path: values checked
// and normalised as in the app, the ledger's guard asked, one audit_log line per changed row, saved atomically.
import path from 'node:path';
import { findTableSchema, PROJECT_TABLES } from '../../domain/tables/index';
import { normalizeValue } from '../../domain/validate-value';
import { quoteIdentifier } from '../../gpkg/sql-identifier';
import { FeatureWriteError } from '../../project/feature-write-error';
import { queryRows } from '../../project/sql-rows';
import { updateFeature } from '../../project/update-feature';
import { LedgerWarningsError } from '../../write/ledger-warnings-error';
import { runTransaction } from '../../write/transaction';
import type { CliCommand } from '../cli-command';
import { CliError } from '../cli-error';
import { ledgerRefusal } from '../ledger-refusal';
import { parseArguments } from '../parse-arguments';
import { openProjectFile, saveProjectFile } from '../project-file';

const usage = 'landlink set <project.gpkg> --layer <table> --where column=value [--where column=value ...] column=value [column=value ...] [--accept-ledger-warnings] [--json]';
const READ_ONLY = new Set(['audit_log', 'landlink_meta', 'photos']);

function pair(text: string, what: string): [string, string] {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(text);
  if (!match) throw new CliError(`${what} “${text}”: write it as column=value, e.g. status=accepted; usage: ${usage}`);
  return [match[1]!, match[2]!];
}

const set: CliCommand = {
  name: 'set',
  summary: 'batch edit: set columns of the rows matching --where, through the write path (checked, audited, one step)',
  usage,
  async run(argv) {
    const { positionals, values } = parseArguments(
      argv,
      { layer: { type: 'string' }, where: { type: 'string', multiple: true }, 'accept-ledger-warnings': { type: 'boolean' }, json: { type: 'boolean' } },
      usage,
      { min: 2, max: Infinity },
    );
    const [project, ...assignments] = positionals as [string, ...string[]];
    const table = values.layer as string | undefined;
    if (!table) throw new CliError(`--layer <table> is missing; usage: ${usage}`);
    const schema = findTableSchema(table);
    if (!schema || READ_ONLY.has(table)) {
      throw new CliError(`“${table}” is not a table you can edit with set; choose one of ${PROJECT_TABLES.filter((t) => !READ_ONLY.has(t.name)).map((t) => t.name).join(', ')}`);
    }
    const wheres = ((values.where as string[] | undefined) ?? []).map((w) => pair(w, '--where'));
    if (wheres.length === 0) throw new CliError(`--where column=value is missing (e.g. --where code=FK-000058): set never edits a whole table by accident; usage: ${usage}`);
    const changes = Object.fromEntries(assignments.map((a) => pair(a, 'the assignment')));
    const columnOf = (name: string, what: string) => {
      const column = schema.columns.find((c) => c.name === name);
      if (!column) throw new CliError(`${what} ${name}: ${table} has no column “${name}”; its columns are ${schema.columns.map((c) => c.name).join(', ')}`);
      return column;
    };
    // The --where values are written as the column stores them (a code in one spelling, a status by its label).
    const conditions = wheres.map(([name, raw]) => {
      const column = columnOf(name, '--where');
      const normal = normalizeValue({ ...column, required: false }, raw);
      if (!normal.ok) throw new CliError(`--where ${name}=${raw}: ${normal.message}`);
      return { name, value: normal.value };
    });
    for (const name of Object.keys(changes)) {
      const column = columnOf(name, 'the assignment');
      if (column.computed) throw new CliError(`${name} is computed from the geometry and cannot be set; change the geometry instead`);
    }

    const opened = await openProjectFile(project);
    try {
      const sql = `SELECT ${quoteIdentifier(schema.primaryKey)} AS id FROM ${quoteIdentifier(table)} WHERE ${conditions.map((c) => (c.value === null ? `${quoteIdentifier(c.name)} IS NULL` : `${quoteIdentifier(c.name)} = ?`)).join(' AND ')}`;
      const ids = queryRows(opened.db, sql, conditions.filter((c) => c.value !== null).map((c) => c.value as string | number)).map((r) => Number(r.id));
      if (ids.length === 0) throw new CliError(`no row of ${table} matches ${wheres.map(([n, v]) => `${n}=${v}`).join(' and ')}; check the value (landlink info and the attribute table list the codes); nothing was changed`);
      let done;
      try {
        done = runTransaction(opened.db, (db) => {
          for (const id of ids) updateFeature(db, table, id, { properties: changes });
        }, { user: 'landlink set', acceptLedgerWarnings: values['accept-ledger-warnings'] === true });
      } catch (error) {
        if (error instanceof FeatureWriteError) throw new CliError(`${error.message}; nothing was changed and ${path.basename(project)} is unchanged`);
        if (error instanceof LedgerWarningsError) throw new CliError(ledgerRefusal(error, `set ${Object.entries(changes).map(([k, v]) => `${k}=${v}`).join(' ')}`, path.basename(project)));
        throw error;
      }
      const changed = done.changeSet.changes.filter((c) => c.table === table);
      if (changed.length > 0) saveProjectFile(opened.db, project);
      if (values.json) {
        process.stdout.write(`${JSON.stringify({ file: project, table, matched: ids.length, changed: changed.length, codes: changed.map((c) => c.code), ledger_warnings: done.ledgerWarnings.map((w) => ({ project_code: w.projectCode ?? null, sales: w.transactionCodes ?? [], message: w.message })) }, null, 2)}\n`);
      } else {
        process.stdout.write(`changed ${changed.length} of ${ids.length} matching row${ids.length === 1 ? '' : 's'} of ${table} in ${project}${changed.length < ids.length ? ' (the others already had these values)' : ''}\n`);
      }
      for (const warning of done.ledgerWarnings) process.stderr.write(`landlink set: warning (accepted, logged in audit_log): ${warning.message}\n`);
    } finally {
      opened.db.close();
    }
    return 0;
  },
};

export default set;

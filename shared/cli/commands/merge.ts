// `landlink merge <project.gpkg> <package.gpkg> [--json]`: three-way merge of a field package back into the project
// (base kept in the package, package, project; by business code and field). Clean field edits are applied and the
// project saved atomically; conflicts are never decided here: they keep the project's value, are listed, and the
// exit code is 3 until they are resolved in the app (values the project cannot store are listed the same way).
import path from 'node:path';
import { applyMerge } from '../../field/merge/apply-merge';
import type { MergeChange, MergeConflict, MergeOutcome } from '../../field/merge/merge-types';
import { NotAFieldPackageError } from '../../field/merge/plan-merge';
import { PackageIdentityError } from '../../field/merge/check-package-identity';
import { readFieldPackageInfo } from '../../field/package/package-info';
import type { LedgerIssue } from '../../ledger/ledger-issue';
import { runTransaction } from '../../write/transaction';
import { LedgerWarningsError } from '../../write/ledger-warnings-error';
import { ledgerRefusal } from '../ledger-refusal';
import { FeatureWriteError } from '../../project/feature-write-error';
import { META_KEYS, readMeta } from '../../project/project-meta';
import type { CliCommand } from '../cli-command';
import { CliError } from '../cli-error';
import { parseArguments } from '../parse-arguments';
import { openProjectFile, saveProjectFile } from '../project-file';

const usage = 'landlink merge <project.gpkg> <package.gpkg> [--same-county] [--accept-ledger-warnings] [--json]';
export const CONFLICTS_EXIT_CODE = 3;

const merge: CliCommand = {
  name: 'merge',
  summary: 'merge a field package back (three-way, by code and field); exit 3 when conflicts remain for the user to resolve',
  usage,
  async run(argv) {
    const { positionals, values } = parseArguments(argv, { json: { type: 'boolean' }, 'same-county': { type: 'boolean' }, 'accept-ledger-warnings': { type: 'boolean' } }, usage, { min: 2, max: 2 });
    const [projectFile, packageFile] = positionals as [string, string];
    if (path.resolve(projectFile) === path.resolve(packageFile)) throw new CliError('the project and the package are the same file; give the field package as the second file');
    const project = await openProjectFile(projectFile);
    try {
      const pkg = await openProjectFile(packageFile);
      try {
        const info = readFieldPackageInfo(pkg.db);
        const projectName = readMeta(project.db)[META_KEYS.projectName] ?? '';
        if (info && values['same-county'] && info.sourceProject !== projectName) {
          process.stderr.write(`landlink merge: note: the package was made from “${info.sourceProject}”, this project is “${projectName}”; merged as a copy of the same county (--same-county), rows matched by code\n`);
        }
        let outcome: MergeOutcome;
        let ledgerWarnings: readonly LedgerIssue[];
        // One transaction of the write path: the ledger's guard refuses a merge that leaves sold quota above a
        // project's surplus (each broken sale named) unless --accept-ledger-warnings; then it is merged and logged.
        try {
          const done = runTransaction(project.db, (db) => applyMerge(db, pkg.db, {}, { user: 'landlink merge', sameCounty: values['same-county'] === true }), {
            user: 'landlink merge',
            acceptLedgerWarnings: values['accept-ledger-warnings'] === true,
          });
          outcome = done.result;
          ledgerWarnings = done.ledgerWarnings;
        } catch (error) {
          if (error instanceof PackageIdentityError) throw new CliError(`${path.basename(packageFile)}: ${error.message}; ${path.basename(projectFile)} is unchanged`);
          if (error instanceof NotAFieldPackageError) throw new CliError(`${path.basename(packageFile)}: ${error.message}`);
          if (error instanceof FeatureWriteError) throw new CliError(`${error.message}; nothing was merged and ${path.basename(projectFile)} is unchanged`);
          if (error instanceof LedgerWarningsError) throw new CliError(ledgerRefusal(error, path.basename(packageFile), path.basename(projectFile)));
          throw error;
        }
        for (const warning of ledgerWarnings) process.stderr.write(`landlink merge: warning (accepted, logged in audit_log): ${warning.message}\n`);
        if (outcome.applied.length > 0) saveProjectFile(project.db, projectFile);
        if (values.json) {
          process.stdout.write(`${JSON.stringify({ ...toJson(outcome), ledger_warnings: ledgerWarnings.map((w) => ({ message: w.message, sales: w.transactionCodes ?? [] })) }, null, 2)}\n`);
        } else {
          process.stdout.write(toText(outcome, projectFile));
        }
        return outcome.remaining.length > 0 || outcome.problems.length > 0 ? CONFLICTS_EXIT_CODE : 0;
      } finally {
        pkg.db.close();
      }
    } finally {
      project.db.close();
    }
  },
};

function conflictJson(c: MergeConflict) {
  return { table: c.table, code: c.code, field: c.field, kind: c.kind, base: c.base, package: c.package, project: c.project };
}

function changeJson(c: MergeChange) {
  return {
    table: c.table,
    code: c.code,
    action: c.action,
    ...(c.newCode ? { new_code: c.newCode } : {}),
    fields: c.fields.map((f) => ({ field: f.field, base: f.base, package: f.package, project: f.project })),
  };
}

function toJson(outcome: MergeOutcome) {
  return {
    applied: outcome.applied.map(changeJson),
    conflicts: outcome.remaining.map(conflictJson),
    problems: outcome.problems.map((p) => ({ table: p.table, code: p.code, field: p.field, value: p.value, message: p.message.en })),
  };
}

function brief(value: unknown): string {
  if (value === null || value === undefined) return '(empty)';
  if (typeof value === 'object') return 'type' in (value as object) ? `(${String((value as { type: unknown }).type)})` : '(row)';
  return JSON.stringify(value);
}

function toText(outcome: MergeOutcome, projectFile: string): string {
  const lines: string[] = [];
  for (const c of outcome.applied) {
    const what = c.action === 'update' ? c.fields.map((f) => `${f.field} ${brief(f.base)} → ${brief(f.package)}`).join(', ') : c.newCode ? `as ${c.newCode}` : '';
    lines.push(`applied ${c.action} ${c.table} ${c.code}${what ? `: ${what}` : ''}`);
  }
  for (const c of outcome.remaining) lines.push(`CONFLICT (${c.kind}) ${c.table} ${c.code} ${c.field}: base ${brief(c.base)}, package ${brief(c.package)}, project ${brief(c.project)}`);
  for (const p of outcome.problems) lines.push(`NOT APPLIED ${p.table} ${p.code} ${p.field} = ${brief(p.value)}: ${p.message.en}`);
  lines.push(
    `${outcome.applied.length} change${outcome.applied.length === 1 ? '' : 's'} applied to ${projectFile}` +
      (outcome.remaining.length > 0 ? `; ${outcome.remaining.length} conflict${outcome.remaining.length === 1 ? '' : 's'} left for the user (the project keeps its values): open the project in Landlink and merge the package there to choose` : '') +
      (outcome.problems.length > 0 ? `; ${outcome.problems.length} value${outcome.problems.length === 1 ? '' : 's'} from the field could not be stored` : ''),
  );
  return `${lines.join('\n')}\n`;
}

export default merge;

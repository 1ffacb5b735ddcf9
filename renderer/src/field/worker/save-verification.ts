// Saves a field verification through the feature write path (values checked, code generated, audit_log written):
// a new row, or the record given by code (the one a photo import opened for this entity today). The caller runs it
// inside ProjectSession's undoable change.
import type { Database } from 'sql.js';
import type { SaveVerificationResult, VerificationInput } from '../../../../shared/ipc/field-protocol';
import { insertFeatures } from '../../../../shared/project/insert-features';
import { updateFeature } from '../../../../shared/project/update-feature';
import { queryRows } from '../../../../shared/project/sql-rows';

export function saveVerification(db: Database, input: VerificationInput, code: string | undefined, user: string | undefined): SaveVerificationResult {
  const properties: Record<string, unknown> = { ...input, checklist: JSON.stringify(input.checklist) };
  const options = user ? { user } : {};
  if (code) {
    const row = queryRows(db, 'SELECT fid, entity_table, entity_code FROM verifications WHERE code = ?', [code])[0];
    if (!row) throw { code: 'not-found', message: `Verification ${code} no longer exists; save it as a new record.`, messageZh: `核查记录 ${code} 已不存在；请另存为新记录。` };
    if (row.entity_table !== input.entity_table || row.entity_code !== input.entity_code) {
      throw { code: 'wrong-entity', message: `Verification ${code} belongs to ${String(row.entity_code)}, not ${input.entity_code}.`, messageZh: `核查记录 ${code} 属于 ${String(row.entity_code)}，不是 ${input.entity_code}。` };
    }
    updateFeature(db, 'verifications', Number(row.fid), { properties }, options);
    return { code, updated: true };
  }
  const [fid] = insertFeatures(db, 'verifications', [{ properties }], options);
  const saved = queryRows(db, 'SELECT code FROM verifications WHERE fid = ?', [fid!])[0];
  return { code: String(saved?.code ?? ''), updated: false };
}

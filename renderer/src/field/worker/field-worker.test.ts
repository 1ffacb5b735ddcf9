// Field mode's worker side on the sample county, through ProjectSession as the app runs it: a verification saved,
// completed and undone with its audit trail; photos imported (one matched by EXIF, one assigned by hand) and listed
// for their house; a village package exported, edited "in the field", and merged back with one conflict chosen.
import initSqlJs from 'sql.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ProjectSession } from '../../worker/project-session';
import { fieldHandlers } from './field-handlers';
import { openProject } from '../../../../shared/project/open-project';
import { exportProject } from '../../../../shared/project/export-project';
import { updateFeature } from '../../../../shared/project/update-feature';
import { insertFeatures } from '../../../../shared/project/insert-features';
import type { VerificationInput } from '../../../../shared/ipc/field-protocol';

const photo = (name: string): Uint8Array => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../../tests/fixtures/field-photos/${name}`, import.meta.url))));
const walk = JSON.parse(readFileSync(fileURLToPath(new URL('../../../../sample-data/field/walk-sample-targets.json', import.meta.url)), 'utf8')) as { targets: { table: string; code: string; village: string }[] };
const house = walk.targets.find((t) => t.table === 'old_houses')!;

const verification = (finding: VerificationInput['finding']): VerificationInput => ({
  entity_table: 'old_houses',
  entity_code: house.code,
  verified_at: '2026-11-23T02:00:00Z',
  inspectors: '王建国',
  longitude: 114.1886,
  latitude: 38.7291,
  accuracy_m: 2.5,
  finding,
  measured_area_m2: null,
  land_class: null,
  checklist: { demolished: 'yes', rubble_cleared: 'yes' },
  remarks: null,
});

const scalar = (session: ProjectSession, sql: string, params: (string | number)[] = []): unknown => session.database().exec(sql, params)[0]?.values[0]?.[0];

describe('field operations in the project worker', () => {
  it('saves a verification as one undoable step with its audit trail, and completes it later', async () => {
    const SQL = await initSqlJs();
    const session = new ProjectSession(SQL);
    session.openSample();
    const ops = fieldHandlers(Promise.resolve(session));
    const { saved, view } = await ops['verification.save']({ verification: verification('doubtful') });
    expect(saved).toMatchObject({ updated: false });
    expect(saved.code).toMatch(/^HC-/);
    expect(view.canUndo).toBe(true);
    expect(view.history.undo.at(-1)).toEqual({ zh: `核查 ${house.code}`, en: `Verify ${house.code}` });
    expect(JSON.parse(String(scalar(session, 'SELECT checklist FROM verifications WHERE code = ?', [saved.code])))).toEqual({ demolished: 'yes', rubble_cleared: 'yes' });
    expect(scalar(session, "SELECT count(*) FROM audit_log WHERE table_name = 'verifications' AND row_code = ? AND action = 'insert'", [saved.code])).toBe(1);

    const again = await ops['verification.save']({ verification: verification('pass'), code: saved.code });
    expect(again.saved).toEqual({ code: saved.code, updated: true });
    expect(scalar(session, 'SELECT finding FROM verifications WHERE code = ?', [saved.code])).toBe('pass');
    await expect(ops['verification.save']({ verification: { ...verification('pass'), entity_code: 'JF-999999' }, code: saved.code })).rejects.toMatchObject({ code: 'wrong-entity' });

    session.undo();
    expect(scalar(session, 'SELECT finding FROM verifications WHERE code = ?', [saved.code])).toBe('doubtful');
    session.undo();
    expect(scalar(session, 'SELECT count(*) FROM verifications')).toBe(0);
  });

  it('imports photos matched by EXIF or assigned by hand, and lists them for their house', async () => {
    const SQL = await initSqlJs();
    const session = new ProjectSession(SQL);
    session.openSample();
    const ops = fieldHandlers(Promise.resolve(session));
    const files = [
      { name: 'house-a-after.jpg', bytes: photo('house-a-after.jpg') },
      { name: 'no-gps.jpg', bytes: photo('no-gps.jpg') },
    ];
    const preview = await ops['photos.import']({ files, dryRun: true });
    expect(preview.view).toBeNull();
    expect(preview.result.matched.map((m) => [m.fileName, m.code])).toEqual([['house-a-after.jpg', house.code]]);
    expect(preview.result.unmatched.map((u) => [u.fileName, u.reason.kind])).toEqual([['no-gps.jpg', 'no-position']]);
    expect(scalar(session, 'SELECT count(*) FROM photos')).toBe(0);

    const fill = { longitude: 114.1887, latitude: 38.7292, accuracyM: 3, takenAt: '2026-11-23T02:05:00Z', device: 'camera' };
    const stored = await ops['photos.import']({ files, dryRun: false, assignments: { 'no-gps.jpg': { table: 'old_houses', code: house.code } }, metadata: { 'no-gps.jpg': fill } });
    expect(stored.result.stored?.photoCodes).toHaveLength(2);
    expect(stored.view?.history.undo.at(-1)?.zh).toBe('导入照片 2 张');
    const listed = await ops['photos.list']({ entity: { table: 'old_houses', code: house.code } });
    expect(listed.map((p) => p.fileName).sort()).toEqual(['house-a-after.jpg', 'no-gps.jpg']);
    const filled = listed.find((p) => p.fileName === 'no-gps.jpg')!;
    expect([filled.longitude, filled.latitude, filled.accuracyM]).toEqual([fill.longitude, fill.latitude, fill.accuracyM]);
    expect(listed.every((p) => p.entityCode === house.code && p.bytes.byteLength > 100 && p.sha256?.length === 64)).toBe(true);
    // Without OffscreenCanvas (Node) a "thumbnail" is the photo itself.
    expect((await ops['photos.list']({ thumbnails: true })).length).toBe(2);
    session.undo();
    expect(await ops['photos.list']({})).toEqual([]);
  });

  it('exports a village package and merges it back with the conflict the user chose, as one step', async () => {
    const SQL = await initSqlJs();
    const session = new ProjectSession(SQL);
    session.openSample();
    const ops = fieldHandlers(Promise.resolve(session));
    const { bytes, counts, label } = await ops['fieldPackage.export']({ area: { kind: 'village', name: house.village } });
    expect(label).toBe(house.village);
    expect(counts.old_houses).toBeGreaterThan(0);
    await expect(ops['fieldPackage.export']({ area: { kind: 'village', name: '没有这个村' } })).rejects.toMatchObject({ code: 'FieldAreaError' });

    // The field: the agreement number corrected and a verification added.
    const pkg = openProject(SQL, bytes).db;
    const fid = Number(pkg.exec('SELECT fid FROM old_houses WHERE code = ?', [house.code])[0]!.values[0]![0]);
    updateFeature(pkg, 'old_houses', fid, { properties: { agreement_no: 'TT-外' } });
    insertFeatures(pkg, 'verifications', [{ properties: { ...verification('pass'), checklist: '{}' } }]);
    const fieldBytes = exportProject(pkg);
    pkg.close();
    // The office, meanwhile: the same field changed differently.
    const officeFid = Number(scalar(session, 'SELECT fid FROM old_houses WHERE code = ?', [house.code]));
    const undoBefore = session.updateFeature('old_houses', officeFid, { agreement_no: 'TT-办' }, undefined).history.undo.length;

    // A comparison made before an undo is stale: it must be made again.
    const stale = await ops['merge.preview']({ bytes: fieldBytes, name: 'field.gpkg' });
    session.undo();
    await expect(ops['merge.apply']({ token: stale.token, resolutions: {} })).rejects.toMatchObject({ code: 'merge-stale' });
    session.redo();

    await expect(ops['merge.preview']({ bytes: exportProject(session.database()), name: 'office.gpkg' })).rejects.toMatchObject({ code: 'NotAFieldPackageError' });
    const { token, plan } = await ops['merge.preview']({ bytes: fieldBytes, name: 'field.gpkg' });
    const conflict = plan.conflicts.find((c) => c.id === `old_houses/${house.code}/agreement_no`)!;
    expect([conflict.package, conflict.project]).toEqual(['TT-外', 'TT-办']);
    expect(plan.changes.some((c) => c.table === 'verifications' && c.action === 'insert')).toBe(true);

    const { outcome, view } = await ops['merge.apply']({ token, resolutions: { [conflict.id]: 'package' } });
    expect(outcome.remaining).toEqual([]);
    expect(view.history.undo).toHaveLength(undoBefore + 1);
    expect(scalar(session, 'SELECT agreement_no FROM old_houses WHERE code = ?', [house.code])).toBe('TT-外');
    expect(scalar(session, "SELECT count(*) FROM audit_log WHERE action = 'merge'")).toBe(1);
    // The package was closed by the apply: the token is spent.
    await expect(ops['merge.apply']({ token, resolutions: {} })).rejects.toMatchObject({ code: 'merge-expired' });
    session.undo();
    expect(scalar(session, 'SELECT agreement_no FROM old_houses WHERE code = ?', [house.code])).toBe('TT-办');
    expect(scalar(session, 'SELECT count(*) FROM verifications')).toBe(0);
  });
});

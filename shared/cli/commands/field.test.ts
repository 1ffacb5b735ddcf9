import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../main';

const dir = mkdtempSync(path.join(tmpdir(), 'landlink-field-cli-'));
const project = path.join(dir, 'county.gpkg');
const pkg = path.join(dir, 'village.gpkg');
const photos = path.join(import.meta.dirname, '../../../tests/fixtures/field-photos');
const VILLAGE = '桃坊坡村';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await main(argv), stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

function ogrinfoClean(file: string): void {
  if (!existsSync('/usr/bin/ogrinfo')) return;
  const result = spawnSync('/usr/bin/ogrinfo', ['-al', '-so', file], { encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  expect(result.stderr.trim()).toBe('');
  expect(result.stdout).not.toMatch(/\b(warning|error)\b/i);
}

async function sql(file: string, statement: string, params: (string | number)[] = []): Promise<unknown[][]> {
  const SQL = await initSqlJs();
  const db = new SQL.Database(readFileSync(file));
  try {
    const result = db.exec(statement, params);
    if (!/^\s*select/i.test(statement)) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(file, db.export());
    }
    return result[0]?.values ?? [];
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  expect((await run(['sample', project])).code).toBe(0);
});

describe('landlink photos', () => {
  it('attaches photos to houses and parcels, lists the others with the reason, in the JSON shape of DESIGN.md', async () => {
    const { code, stdout } = await run(['photos', project, photos, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { matched: Record<string, unknown>[]; unmatched: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(['matched', 'unmatched']);
    expect(json.matched).toHaveLength(5);
    for (const m of json.matched) expect(Object.keys(m)).toEqual(['file', 'table', 'code', 'distance_m']);
    expect(json.matched.find((m) => m.file === 'parcel-inside-wide.jpg')).toMatchObject({ table: 'reclaim_parcels', distance_m: 0 });
    expect(json.unmatched.map((u) => u.file).sort()).toEqual(['far-away.jpg', 'no-exif.jpg', 'no-gps.jpg']);
    for (const u of json.unmatched) expect(Object.keys(u)).toEqual(['file', 'reason']);
    expect(json.unmatched.find((u) => u.file === 'far-away.jpg')!.reason).toMatch(/nearest feature, \S+, is [\d.]+ km away/);
    expect((await sql(project, 'SELECT count(*) FROM photos'))[0]![0]).toBe(5);
    ogrinfoClean(project);
  });

  it('stores nothing twice, and a tighter --max-distance leaves the edge photo out', async () => {
    const again = await run(['photos', project, photos, '--json', '--max-distance', '10']);
    expect(again.code).toBe(0);
    const json = JSON.parse(again.stdout) as { matched: unknown[]; unmatched: { file: string; reason: string }[] };
    expect(json.matched).toEqual([]);
    expect(json.unmatched.filter((u) => /already in the project/.test(u.reason))).toHaveLength(5);
    expect((await sql(project, 'SELECT count(*) FROM photos'))[0]![0]).toBe(5);
  });

  it.each([
    [[photos, '--max-distance', 'far'], /--max-distance must be a positive number/],
    [[path.join(dir, 'none')], /no such folder/],
    [[path.join(photos, 'no-gps.jpg')], /is a file, not a folder/],
    [[], /a file argument is missing/],
  ])('refuses %j with exit 2 and one sentence', async (args, message) => {
    const before = statSync(project).mtimeMs;
    const { code, stderr } = await run(['photos', project, ...args]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(statSync(project).mtimeMs).toBe(before);
  });
});

describe('landlink field-package and landlink merge', () => {
  it('exports a village as a package GDAL reads cleanly', async () => {
    const { code, stdout } = await run(['field-package', project, '--village', VILLAGE, '--out', pkg]);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`village ${VILLAGE}: \\d+ old houses, \\d+ reclaimed parcels, 3 verifications, 5 photos`));
    ogrinfoClean(pkg);
  });

  it('merges clean field edits with exit 0, then exits 3 listing a conflict {table,code,field,base,package,project}', async () => {
    const [[houseA], [houseB]] = [
      ...(await sql(pkg, "SELECT code FROM old_houses WHERE status = 'pending' ORDER BY code LIMIT 2")).map((r) => [r[0]]),
    ] as [[string], [string]];
    await sql(pkg, "UPDATE old_houses SET status = 'demolished', demolition_date = '2024-07-01' WHERE code = ?", [houseA]);
    const clean = await run(['merge', project, pkg, '--json']);
    expect(clean.code).toBe(0);
    const first = JSON.parse(clean.stdout) as { applied: { table: string; code: string; action: string; fields: { field: string }[] }[]; conflicts: unknown[] };
    expect(first.conflicts).toEqual([]);
    expect(first.applied).toMatchObject([{ table: 'old_houses', code: houseA, action: 'update', fields: [{ field: 'status' }, { field: 'demolition_date' }] }]);
    expect((await sql(project, 'SELECT status FROM old_houses WHERE code = ?', [houseA]))[0]![0]).toBe('demolished');
    ogrinfoClean(project);

    await sql(pkg, "UPDATE old_houses SET status = 'demolished' WHERE code = ?", [houseB]);
    await sql(project, "UPDATE old_houses SET status = 'retained' WHERE code = ?", [houseB]);
    const before = readFileSync(project);
    const conflict = await run(['merge', project, pkg, '--json']);
    expect(conflict.code).toBe(3);
    const second = JSON.parse(conflict.stdout) as { applied: unknown[]; conflicts: Record<string, unknown>[] };
    expect(second.applied).toEqual([]);
    expect(second.conflicts).toEqual([{ table: 'old_houses', code: houseB, field: 'status', kind: 'field', base: 'pending', package: 'demolished', project: 'retained' }]);
    expect(readFileSync(project).equals(before)).toBe(true); // nothing applied, nothing written
    const text = await run(['merge', project, pkg]);
    expect(text.code).toBe(3);
    expect(text.stdout).toMatch(/CONFLICT \(field\) old_houses \S+ status: base "pending", package "demolished", project "retained"/);
  });

  it('refuses a package that takes accepted parcels out from under sold quota, naming each broken sale; with --accept-ledger-warnings it merges and names them in --json', async () => {
    const office = path.join(dir, 'sold-out.gpkg');
    expect((await run(['sample', office])).code).toBe(0);
    const info = JSON.parse((await run(['info', office, '--json'])).stdout) as { linkage_projects: { code: string; available_mu: number; sold_mu: number }[] };
    const sold = info.linkage_projects.find((p) => p.sold_mu > 0)!;
    // The office sells the project's whole surplus: any accepted area lost in the field now breaks a sale.
    const [[sale]] = (await sql(office, 'SELECT code FROM quota_transactions WHERE project_code = ? ORDER BY code LIMIT 1', [sold.code])) as [[string]];
    await sql(office, 'UPDATE quota_transactions SET mu = mu + ? WHERE code = ?', [sold.available_mu, sale]);
    const [[township]] = (await sql(office, "SELECT township FROM reclaim_parcels WHERE project_code = ? AND status IN ('accepted', 'filed') GROUP BY township ORDER BY count(*) DESC LIMIT 1", [sold.code])) as [[string]];
    const field = path.join(dir, 'sold-out-field.gpkg');
    expect((await run(['field-package', office, '--township', township, '--out', field])).code).toBe(0);
    await sql(field, "UPDATE reclaim_parcels SET status = 'completed' WHERE project_code = ? AND status IN ('accepted', 'filed')", [sold.code]);

    // Refused first, naming the sale, the office's file as it was; accepted, merged and logged.
    const before = readFileSync(office);
    const refused = await run(['merge', office, field, '--json']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(sale);
    expect(refused.stderr).toMatch(/--accept-ledger-warnings/);
    expect(Buffer.compare(readFileSync(office), before)).toBe(0);
    const merged = await run(['merge', office, field, '--json', '--accept-ledger-warnings']);
    expect(merged.code).toBe(0);
    const json = JSON.parse(merged.stdout) as { ledger_warnings: { message: string; sales: string[] }[] };
    expect(json.ledger_warnings.length).toBeGreaterThan(0);
    expect(json.ledger_warnings.flatMap((w) => w.sales)).toContain(sale);
    expect(merged.stderr).toMatch(/landlink merge: warning \(accepted, logged in audit_log\): .+/);
    expect(merged.stderr).toContain(sale);
  });

  it.each([
    [['field-package', 'P', '--village', VILLAGE, '--township', 'x', '--out', 'o.gpkg'], /either --township or --village/],
    [['field-package', 'P', '--out', 'o.gpkg'], /--township NAME or --village NAME is missing/],
    [['field-package', 'P', '--village', VILLAGE], /--out <package.gpkg> is missing/],
    [['field-package', 'P', '--village', VILLAGE, '--out', 'o.zip'], /must end in .gpkg/],
    [['field-package', 'P', '--village', '无此村', '--out', 'o.gpkg'], /no old house or reclaimed parcel is in village “无此村”/],
    [['merge', 'P', 'P'], /same file/],
    [['merge', 'P', 'C'], /not a Landlink field package/],
    [['merge', 'P', 'missing.gpkg'], /missing\.gpkg/],
  ])('refuses %j with exit 2 and one sentence, writing nothing', async (args, message) => {
    const copy = path.join(dir, 'copy.gpkg');
    copyFileSync(project, copy);
    mkdirSync(path.join(dir, 'out'), { recursive: true });
    const resolved = args.map((a) => (a === 'P' ? project : a === 'C' ? copy : a.endsWith('.gpkg') || a.endsWith('.zip') ? path.join(dir, 'out', a) : a));
    const { code, stderr } = await run(resolved);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(path.join(dir, 'out', 'o.gpkg'))).toBe(false);
  });
});

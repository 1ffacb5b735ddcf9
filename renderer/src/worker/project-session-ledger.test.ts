// The ledger's guard in the project worker, on the sample county: taking a sold project's accepted parcels out of
// accepted status (several at once, as the status command does) is refused with `ledger-confirm` naming the sales,
// and changes nothing — no row, no undo step; confirmed, the same edit is made as one undoable step. Deleting one
// accepted parcel of a project with room to spare passes without a question.
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { ProjectSession } from './project-session';
import type { LedgerWarningsError } from '../../../shared/write/ledger-warnings-error';

type LedgerConfirmFailure = LedgerWarningsError;

const statusOf = (session: ProjectSession, fids: number[]) => session.tableRows('reclaim_parcels').rows.filter((r) => fids.includes(Number(r.fid))).map((r) => r.status);

describe('ledger guard on map edits', () => {
  it('refuses an edit that breaks sales until the user confirms it', async () => {
    const session = new ProjectSession(await initSqlJs());
    const opened = session.openSample(7);
    const project = opened.summary.projects.find((p) => p.soldMu > 0)!;
    const sales = session.tableRows('quota_transactions').rows.filter((r) => r.project_code === project.code).map((r) => String(r.code));
    const accepted = session.tableRows('reclaim_parcels').rows.filter((r) => r.project_code === project.code && (r.status === 'accepted' || r.status === 'filed')).map((r) => Number(r.fid));
    expect(accepted.length).toBeGreaterThan(0);
    const edits = accepted.map((fid) => ({ kind: 'update' as const, fid, properties: { status: 'completed' } }));

    let failure: LedgerConfirmFailure | null = null;
    try {
      session.batch('reclaim_parcels', edits);
    } catch (error) {
      failure = error as LedgerConfirmFailure;
    }
    expect(failure?.code).toBe('ledger-confirm');
    expect(failure!.ledgerIssues.length).toBeGreaterThan(0);
    expect(new Set(failure!.ledgerIssues.flatMap((i) => i.transactionCodes ?? []))).toEqual(new Set(sales));
    expect(failure!.messageZh).toContain(sales[0]);
    expect(statusOf(session, accepted).every((s) => s === 'accepted' || s === 'filed')).toBe(true);
    expect(session.undo()).toBeNull();

    const { view } = session.batch('reclaim_parcels', edits, undefined, true);
    expect(statusOf(session, accepted).every((s) => s === 'completed')).toBe(true);
    expect(view.summary.projects.find((p) => p.code === project.code)!.surplusMu).toBeLessThan(project.surplusMu);
    expect(view.history.undo).toHaveLength(1);
  });

  it('lets an edit through without a question when the surplus still covers the sales', async () => {
    const session = new ProjectSession(await initSqlJs());
    const opened = session.openSample(7);
    const roomy = opened.summary.projects.find((p) => p.availableMu > 5)!;
    const parcel = session.tableRows('reclaim_parcels').rows.find((r) => r.project_code === roomy.code && r.status === 'accepted' && Number(r.area_m2) < 3000)!;
    const view = session.deleteFeatures('reclaim_parcels', [Number(parcel.fid)]);
    expect(view.summary.projects.find((p) => p.code === roomy.code)!.surplusMu).toBeLessThan(roomy.surplusMu);
  });
});

describe('the guard leaves nothing behind', () => {
  it('no trigger or table of the write path is saved in the file, whether the edit passes or is refused', async () => {
    const session = new ProjectSession(await initSqlJs());
    const opened = session.openSample(7);
    const project = opened.summary.projects.find((p) => p.soldMu > 0)!;
    const rows = session.tableRows('reclaim_parcels').rows;
    const accepted = rows.filter((r) => r.project_code === project.code && (r.status === 'accepted' || r.status === 'filed')).map((r) => ({ kind: 'update' as const, fid: Number(r.fid), properties: { status: 'planned' } }));
    expect(() => session.batch('reclaim_parcels', accepted)).toThrow();
    const planned = rows.find((r) => r.status === 'planned')!;
    session.updateFeature('reclaim_parcels', Number(planned.fid), { status: 'in_progress' }, undefined);
    const SQL = await initSqlJs();
    const file = new SQL.Database(session.exportBytes());
    expect(file.exec("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'landlink%'")).toEqual([]);
    expect(file.exec("SELECT name FROM sqlite_master WHERE name LIKE 'landlink_before%' OR name = 'landlink_change_log'")).toEqual([]);
    const reopened = new ProjectSession(SQL);
    expect(reopened.open(session.exportBytes(), 'guarded.gpkg').summary.counts.reclaim_parcels).toBe(rows.length);
  });
});

describe('importing construction plots', () => {
  it('asks before plots that take away sold quota are imported; confirmed, they are', async () => {
    const session = new ProjectSession(await initSqlJs());
    const opened = session.openSample(7);
    const project = opened.summary.projects.find((p) => p.soldMu > 0)!;
    const plots = opened.layers.find((l) => l.table === 'construction_plots')!.features.features.length;
    // About 1 km × 1.1 km (some 1,700 mu) of new construction land in a project that has sold quota.
    const square = { type: 'Polygon' as const, coordinates: [[[114.0, 30.0], [114.01, 30.0], [114.01, 30.01], [114.0, 30.01], [114.0, 30.0]]] };
    const collection = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: { project_code: project.code, status: 'planned' }, geometry: square }] };
    const failure = await session.importCollection('construction_plots', collection, 'plots.geojson').then(
      () => null,
      (error: unknown) => error as { code: string; messageZh: string },
    );
    expect(failure?.code).toBe('ledger-confirm');
    expect(failure!.messageZh).toContain(project.code);
    expect(session.tableRows('construction_plots').rows).toHaveLength(plots);
    const view = await session.importCollection('construction_plots', collection, 'plots.geojson', undefined, true);
    expect(view.delta?.find((l) => l.table === 'construction_plots')!.upserts).toHaveLength(1);
    expect(session.tableRows('construction_plots').rows).toHaveLength(plots + 1);
    expect(view.summary.projects.find((p) => p.code === project.code)!.surplusMu).toBeLessThan(project.soldMu);
  });
});

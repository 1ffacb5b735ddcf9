// A field package merged back goes through the ledger's guard like any other edit of parcels: a package that takes
// a sold project's accepted parcels back to "completed" is refused with the sales it breaks, the package stays open
// and nothing changes; acknowledged, the same merge is applied as one undoable step.
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { ProjectSession } from '../../worker/project-session';
import { fieldHandlers } from './field-handlers';
import { openProject } from '../../../../shared/project/open-project';
import { exportProject } from '../../../../shared/project/export-project';

describe('merging a field package under the ledger guard', () => {
  it('asks before a merge breaks quota sales, and applies it once acknowledged', async () => {
    const SQL = await initSqlJs();
    const session = new ProjectSession(SQL);
    const opened = session.openSample(7);
    const ops = fieldHandlers(Promise.resolve(session));
    const project = opened.summary.projects.find((p) => p.soldMu > 0)!;
    const sales = session.tableRows('quota_transactions').rows.filter((r) => r.project_code === project.code).map((r) => String(r.code));

    // The whole county as the package's area, so every accepted parcel of the project is in it.
    const county = opened.bounds!;
    const area = { kind: 'polygon' as const, name: '全县', geometry: { type: 'Polygon' as const, coordinates: [[[county[0] - 0.01, county[1] - 0.01], [county[2] + 0.01, county[1] - 0.01], [county[2] + 0.01, county[3] + 0.01], [county[0] - 0.01, county[3] + 0.01], [county[0] - 0.01, county[1] - 0.01]]] } };
    const { bytes } = await ops['fieldPackage.export']({ area });
    const pkg = openProject(SQL, bytes).db;
    pkg.run("UPDATE reclaim_parcels SET status = 'completed' WHERE project_code = ? AND status IN ('accepted', 'filed')", [project.code]);
    const fieldBytes = exportProject(pkg);
    pkg.close();

    const acceptedBefore = () => Number(session.database().exec("SELECT count(*) FROM reclaim_parcels WHERE project_code = ? AND status IN ('accepted', 'filed')", [project.code])[0]!.values[0]![0]);
    const before = acceptedBefore();
    expect(before).toBeGreaterThan(0);
    const { token, plan } = await ops['merge.preview']({ bytes: fieldBytes, name: 'field.gpkg' });
    expect(plan.conflicts).toEqual([]);
    const refused = await ops['merge.apply']({ token, resolutions: {} }).then(
      () => null,
      (error: unknown) => error as { code: string; messageZh: string; ledgerIssues: { transactionCodes?: string[] }[] },
    );
    expect(refused?.code).toBe('ledger-confirm');
    expect(new Set(refused!.ledgerIssues.flatMap((i) => i.transactionCodes ?? []))).toEqual(new Set(sales));
    expect(acceptedBefore()).toBe(before);
    expect(session.undo()).toBeNull();

    // The package is still open: the same token merges once the user has seen the sales.
    const { view } = await ops['merge.apply']({ token, resolutions: {}, acknowledged: true });
    expect(acceptedBefore()).toBe(0);
    expect(view.summary.projects.find((p) => p.code === project.code)!.surplusMu).toBeLessThan(project.soldMu);
    expect(view.history.undo).toHaveLength(1);
  });
});

import initSqlJs, { type Database } from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleProject } from '../../sample-data/build-sample-project';
import { projectSummary } from '../project/project-summary';
import { atlasPages, countyPage } from './atlas-pages';
import type { PrintData } from './print-data';
import { readPrintData } from './read-print-data';
import { housesByStatusTable, parcelsByStatusTable, projectsQuotaTable, summaryTable } from './summary-table';
import { legendItems } from './legend-items';
import { TEMPLATES } from './templates';

let db: Database;
let data: PrintData;
beforeAll(async () => {
  const SQL = await initSqlJs();
  db = buildSampleProject(SQL, {});
  data = readPrintData(db);
}, 60_000);
afterAll(() => db.close());

const num = (cell: string | undefined) => Number(String(cell).replace('%', ''));

describe('print data of the sample county', () => {
  it('has 12 townships with boxes, their villages, and the 5 linkage projects with boxes', () => {
    expect(data.townships).toHaveLength(12);
    expect(data.townships.every((t) => t.bbox && t.villages.length > 0)).toBe(true);
    expect(data.projects.map((p) => p.code)).toEqual(projectSummary(db).linkageProjects.map((p) => p.code));
    expect(data.projects.every((p) => p.bbox && p.townships.length > 0)).toBe(true);
    expect(atlasPages(data, 'townships')).toHaveLength(12);
    expect(atlasPages(data, 'projects')).toHaveLength(5);
    expect(atlasPages(data, 'villages').length).toBe(data.townships.reduce((n, t) => n + t.villages.length, 0));
    expect(countyPage(data)?.bbox).toEqual(data.countyBbox);
  });
});

describe('summary tables agree with the project summary', () => {
  it('houses by status: the county total equals `landlink info`', () => {
    const table = housesByStatusTable(data, { kind: 'county' });
    const houses = projectSummary(db).housesByStatus;
    expect(table.rows).toHaveLength(12);
    expect(table.total!.slice(1, 5).map(num)).toEqual([houses.pending + houses.demolished + houses.retained, houses.pending, houses.demolished, houses.retained]);
    // Rows add up to the total in every column.
    for (let c = 1; c <= 4; c++) expect(table.rows.reduce((s, r) => s + num(r[c]), 0)).toBe(num(table.total![c]));
  });

  it('parcels by status: mu per status equals the project summary; a township page lists its villages', () => {
    const table = parcelsByStatusTable(data, { kind: 'county' });
    const summary = projectSummary(db).parcelsByStatus;
    const statuses = ['planned', 'in_progress', 'completed', 'accepted', 'filed'] as const;
    statuses.forEach((s, i) => expect(num(table.total![2 + i])).toBeCloseTo(summary[s].area_mu, 1));
    const township = data.townships.find((t) => data.parcels.some((p) => p.township === t.name))!;
    const page = parcelsByStatusTable(data, { kind: 'township', name: township.name });
    expect(page.columns[0]!.label.zh).toBe('行政村');
    const villageNames = new Set(township.villages.map((v) => v.name));
    for (const row of page.rows) expect(villageNames.has(row[0]!)).toBe(true);
    const countyRow = table.rows.find((r) => r[0] === township.name)!;
    expect(page.total ?? page.rows[0]).toBeDefined();
    expect(num((page.total ?? page.rows[0])![7])).toBeCloseTo(num(countyRow[7]), 1);
  });

  it('linkage quota: surplus and sold per project as in the ledger summary; a project page shows that project only', () => {
    const table = projectsQuotaTable(data, { kind: 'county' });
    const projects = projectSummary(db).linkageProjects;
    expect(table.rows.map((r) => r[0])).toEqual(projects.map((p) => p.code));
    table.rows.forEach((row, i) => {
      expect(num(row[3])).toBeCloseTo(projects[i]!.surplus_mu, 2);
      expect(num(row[4])).toBeCloseTo(projects[i]!.sold_mu, 2);
    });
    const one = summaryTable('projects-quota', data, { kind: 'project', code: projects[0]!.code, name: projects[0]!.code });
    expect(one.rows).toHaveLength(1);
    expect(one.total).toBeNull();
  });

  it('an empty project gives empty tables, not errors', () => {
    const empty: PrintData = { projectName: '', county: '', synthetic: false, countyBbox: null, townships: [], houses: [], parcels: [], projects: [] };
    for (const kind of ['houses-by-status', 'parcels-by-status', 'projects-quota'] as const) {
      const table = summaryTable(kind, empty, { kind: 'county' });
      expect(table.rows).toEqual([]);
      expect(table.total).toBeNull();
    }
    expect(atlasPages(empty, 'townships')).toEqual([]);
    expect(countyPage(empty)).toBeNull();
  });
});

describe('legends', () => {
  it('list exactly the statuses a template draws', () => {
    expect(legendItems(TEMPLATES.demolition).filter((i) => i.id.startsWith('house:')).map((i) => i.label.zh)).toEqual(['旧房·待拆除', '旧房·已拆除', '旧房·保留利用']);
    expect(legendItems(TEMPLATES.linkage).filter((i) => i.id.startsWith('parcel:')).map((i) => i.id)).toEqual(['parcel:accepted', 'parcel:filed']);
    expect(legendItems(TEMPLATES.reclamation).some((i) => i.id.startsWith('house:'))).toBe(false);
  });
});

describe('print jobs', () => {
  it('an atlas has a page per township, each fitted and titled; a typed title names the place', async () => {
    const { printJob } = await import('./print-pages');
    const { DEFAULT_PRINT_SETTINGS } = await import('./print-settings');
    const job = printJob({ ...DEFAULT_PRINT_SETTINGS, atlas: 'townships', title: '{place}复垦进展' }, data, null, 'zh');
    expect(job.pages).toHaveLength(12);
    expect(job.pages.map((p) => p.title)).toEqual(data.townships.map((t) => `${t.name}复垦进展`));
    for (const page of job.pages) {
      const bbox = data.townships.find((t) => page.scope.kind === 'township' && t.name === page.scope.name)!.bbox!;
      expect(page.frame[0]).toBeLessThanOrEqual(bbox[0]);
      expect(page.frame[2]).toBeGreaterThanOrEqual(bbox[2]);
      expect(page.table.columns[0]!.label.zh).toBe('行政村');
    }
    const plain = printJob({ ...DEFAULT_PRINT_SETTINGS, atlas: 'projects', title: '例会' }, data, null, 'en');
    expect(plain.pages[0]!.title).toBe(`例会（${data.projects[0]!.name}）`);
  });

  it('a single map at the current view keeps its centre and scale; the default fits the county', async () => {
    const { printJob } = await import('./print-pages');
    const { DEFAULT_PRINT_SETTINGS } = await import('./print-settings');
    const view = printJob(DEFAULT_PRINT_SETTINGS, data, { kind: 'centre', centre: [114.1, 38.8], scale: 25_000 }, 'zh');
    expect(view.pages[0]!.view).toMatchObject({ centre: [114.1, 38.8], scale: 25_000 });
    const county = printJob(DEFAULT_PRINT_SETTINGS, data, null, 'zh');
    expect(county.pages).toHaveLength(1);
    expect(county.pages[0]!.title).toBe(`${data.county}复垦项目验收情况图`);
    expect(county.pages[0]!.subtitle).toBe('（虚构示例数据）');
  });
});

// `landlink info <project.gpkg> [--json]`: layers and counts, areas by status, and per linkage project the quota
// chain (accepted, construction, surplus, sold, available, in mu); with --json also the county → township → village
// summary. Areas are ellipsoidal (CGCS2000).
import { enumLabel } from '../../domain/labels';
import { tableLabel } from '../../domain/labels';
import { projectSummary, type ProjectSummary } from '../../project/project-summary';
import { adminSummary } from '../../project/admin-summary';
import type { CliCommand } from '../cli-command';
import { parseArguments } from '../parse-arguments';
import { openProjectFile } from '../project-file';

const usage = 'landlink info <project.gpkg> [--json]';

const info: CliCommand = {
  name: 'info',
  summary: 'layers, counts, areas by status, and per linkage project: accepted, construction, surplus, sold and available mu',
  usage,
  async run(argv) {
    const { positionals, values } = parseArguments(argv, { json: { type: 'boolean' } }, usage, { min: 1, max: 1 });
    const file = positionals[0]!;
    const opened = await openProjectFile(file);
    try {
      const summary = projectSummary(opened.db);
      const notices = opened.droppedSpatialIndexes.length > 0 ? [`the file carries an R*Tree spatial index (${opened.droppedSpatialIndexes.join(', ')}) that Landlink removes when it saves; QGIS can rebuild it`] : [];
      if (values.json) process.stdout.write(`${JSON.stringify({ ...toJson(file, summary, notices), by_admin_area: adminSummary(opened.db) }, null, 2)}\n`);
      else process.stdout.write(toText(file, summary, notices));
    } finally {
      opened.db.close();
    }
    return 0;
  },
};

function toJson(file: string, s: ProjectSummary, notices: string[]) {
  return {
    file,
    project: s.project,
    area_kind: 'ellipsoidal (CGCS2000)',
    counts: s.counts,
    parcels_by_status: s.parcelsByStatus,
    parcels_by_target_class: s.parcelsByTargetClass,
    construction_by_status: s.constructionByStatus,
    houses_by_status: s.housesByStatus,
    linkage_projects: s.linkageProjects,
    totals: s.totals,
    notices,
  };
}

function toText(file: string, s: ProjectSummary, notices: string[]): string {
  const mu = (value: number) => value.toFixed(2);
  const lines = [`${s.project.name || file} — ${s.project.county}${s.project.synthetic ? '  [synthetic data / 虚构数据]' : ''}`, '', 'Layers 图层:'];
  for (const [table, count] of Object.entries(s.counts)) lines.push(`  ${pad(table, 22)} ${pad(tableLabel(table), 10)} ${String(count).padStart(8)}`);
  lines.push('', 'Reclaimed parcels by status 复垦地块（椭球面积 ellipsoidal, CGCS2000）:');
  for (const [status, tally] of Object.entries(s.parcelsByStatus)) lines.push(`  ${pad(status, 12)} ${pad(enumLabel('parcel_status', status), 10)} ${String(tally.count).padStart(6)}  ${mu(tally.area_mu).padStart(12)} 亩`);
  lines.push('', 'Old houses 旧房:');
  for (const [status, count] of Object.entries(s.housesByStatus)) lines.push(`  ${pad(status, 12)} ${pad(enumLabel('house_status', status), 10)} ${String(count).padStart(6)}`);
  lines.push('', 'Linkage projects 挂钩项目 (mu 亩):', `  ${pad('code', 14)} ${'accepted'.padStart(10)} ${'construction'.padStart(12)} ${'surplus'.padStart(10)} ${'sold'.padStart(10)} ${'available'.padStart(10)}`);
  for (const p of [...s.linkageProjects, { code: 'total', ...s.totals }]) {
    lines.push(`  ${pad(p.code, 14)} ${mu(p.accepted_mu).padStart(10)} ${mu(p.construction_mu).padStart(12)} ${mu(p.surplus_mu).padStart(10)} ${mu(p.sold_mu).padStart(10)} ${mu(p.available_mu).padStart(10)}`);
  }
  for (const notice of notices) lines.push('', `Note: ${notice}`);
  return `${lines.join('\n')}\n`;
}

/** Pads by display width: CJK characters take two columns. */
function pad(text: string, width: number): string {
  const columns = [...text].reduce((sum, ch) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  return text + ' '.repeat(Math.max(0, width - columns));
}

export default info;

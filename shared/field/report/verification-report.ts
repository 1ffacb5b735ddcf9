// The verification report for the office and for acceptance files (XLSX, exceljs): a summary sheet with one line per
// village (houses and parcels, how many were checked, findings, photos) and a sheet per village listing each
// verification (what, when, who, finding, measured area, land class, checklist, photo count, remarks). Household
// names are masked unless asked for, as in every export. The app prints the same content (verificationReportVillages)
// as a PDF with the photos, from renderer/src/field/report.
import ExcelJS from 'exceljs';
import type { Database } from 'sql.js';
import { ENUMS } from '../../domain/enums';
import { maskName } from '../../formats/export/mask-personal';
import { queryRows } from '../../project/sql-rows';

export interface VerificationReportOptions {
  /** Only these villages (default: every village with a house or parcel). */
  readonly villages?: readonly string[];
  readonly township?: string;
  /** Show household names in full. */
  readonly includePersonal?: boolean;
}

export interface VillageFigures {
  readonly township: string;
  readonly village: string;
  readonly houses: number;
  readonly housesChecked: number;
  readonly parcels: number;
  readonly parcelsChecked: number;
  readonly pass: number;
  readonly fail: number;
  readonly doubtful: number;
  readonly noFinding: number;
  readonly photos: number;
}

const M2_PER_MU = 10000 / 15;

interface VerificationRow {
  code: string;
  entityTable: string;
  entityCode: string;
  township: string;
  village: string;
  household: string | null;
  verifiedAt: string | null;
  inspectors: string | null;
  finding: string | null;
  measuredAreaM2: number | null;
  landClass: string | null;
  checklist: string | null;
  accuracyM: number | null;
  remarks: string | null;
  photos: number;
}

function readVerifications(db: Database): VerificationRow[] {
  const rows = queryRows(
    db,
    `SELECT v.code, v.entity_table, v.entity_code, v.verified_at, v.inspectors, v.finding, v.measured_area_m2, v.land_class,
       v.checklist, v.accuracy_m, v.remarks,
       coalesce(h.township, p.township) AS township, coalesce(h.village, p.village) AS village, h.household,
       (SELECT count(*) FROM verifications_photos m WHERE m.base_id = v.fid) AS photos
     FROM verifications v
     LEFT JOIN old_houses h ON v.entity_table = 'old_houses' AND h.code = v.entity_code
     LEFT JOIN reclaim_parcels p ON v.entity_table = 'reclaim_parcels' AND p.code = v.entity_code
     ORDER BY village, v.verified_at, v.code`,
  );
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  return rows.map((r) => ({
    code: String(r.code),
    entityTable: String(r.entity_table),
    entityCode: String(r.entity_code),
    township: text(r.township) ?? '',
    village: text(r.village) ?? '（未知村）',
    household: text(r.household),
    verifiedAt: text(r.verified_at),
    inspectors: text(r.inspectors),
    finding: text(r.finding),
    measuredAreaM2: num(r.measured_area_m2),
    landClass: text(r.land_class),
    checklist: text(r.checklist),
    accuracyM: num(r.accuracy_m),
    remarks: text(r.remarks),
    photos: Number(r.photos ?? 0),
  }));
}

/** Per village: targets, how many have a verification, findings (latest verification of each target), photos. */
export function villageFigures(db: Database, options: VerificationReportOptions = {}): VillageFigures[] {
  const verifications = readVerifications(db);
  const latest = new Map<string, VerificationRow>();
  for (const v of verifications) {
    const key = `${v.entityTable}/${v.entityCode}`;
    const previous = latest.get(key);
    if (!previous || (v.verifiedAt ?? '') >= (previous.verifiedAt ?? '')) latest.set(key, v);
  }
  const targets = queryRows(
    db,
    `SELECT 'old_houses' AS t, code, township, village FROM old_houses UNION ALL SELECT 'reclaim_parcels', code, township, village FROM reclaim_parcels`,
  );
  const figures = new Map<string, { township: string; village: string; houses: number; housesChecked: number; parcels: number; parcelsChecked: number; pass: number; fail: number; doubtful: number; noFinding: number; photos: number }>();
  for (const t of targets) {
    const village = typeof t.village === 'string' && t.village !== '' ? t.village : '（未知村）';
    const township = typeof t.township === 'string' ? t.township : '';
    if (options.township && township !== options.township) continue;
    if (options.villages && !options.villages.includes(village)) continue;
    const key = `${township}/${village}`;
    const f = figures.get(key) ?? { township, village, houses: 0, housesChecked: 0, parcels: 0, parcelsChecked: 0, pass: 0, fail: 0, doubtful: 0, noFinding: 0, photos: 0 };
    const isHouse = t.t === 'old_houses';
    if (isHouse) f.houses++;
    else f.parcels++;
    const v = latest.get(`${String(t.t)}/${String(t.code)}`);
    if (v) {
      if (isHouse) f.housesChecked++;
      else f.parcelsChecked++;
      if (v.finding === 'pass') f.pass++;
      else if (v.finding === 'fail') f.fail++;
      else if (v.finding === 'doubtful') f.doubtful++;
      else f.noFinding++;
    }
    figures.set(key, f);
  }
  for (const v of verifications) {
    const f = figures.get(`${v.township}/${v.village}`);
    if (f) f.photos += v.photos;
  }
  return [...figures.values()].filter((f) => f.housesChecked + f.parcelsChecked > 0 || options.villages).sort((a, b) => a.township.localeCompare(b.township, 'zh') || a.village.localeCompare(b.village, 'zh'));
}

/** One verification as the report shows it: labels in Chinese, time in Beijing time, household masked unless asked. */
export interface ReportRow {
  readonly code: string;
  readonly kind: string;
  readonly entity: string;
  readonly household: string | null;
  readonly at: string | null;
  readonly inspectors: string | null;
  readonly finding: string | null;
  readonly mu: number | null;
  readonly landClass: string | null;
  readonly checklist: string | null;
  readonly accuracy: number | null;
  readonly photos: number;
  readonly remarks: string | null;
}

/** A village's page of the report: its figures and the verifications made there. */
export interface ReportVillage {
  readonly figures: VillageFigures;
  readonly rows: ReportRow[];
}

/** The report's content, shared by the XLSX here and the PDF the app prints from it. */
export function verificationReportVillages(db: Database, options: VerificationReportOptions = {}): ReportVillage[] {
  const verifications = readVerifications(db);
  return villageFigures(db, options).map((figures) => ({
    figures,
    rows: verifications.filter((v) => v.village === figures.village && v.township === figures.township).map((v) => reportRow(v, options)),
  }));
}

function reportRow(v: VerificationRow, options: VerificationReportOptions): ReportRow {
  return {
    code: v.code,
    kind: v.entityTable === 'old_houses' ? '旧房' : '复垦地块',
    entity: v.entityCode,
    household: v.household ? (options.includePersonal ? v.household : maskName(v.household)) : null,
    at: v.verifiedAt ? beijing(v.verifiedAt) : null,
    inspectors: v.inspectors,
    finding: v.finding ? (ENUMS.verification_finding[v.finding as keyof typeof ENUMS.verification_finding]?.zh ?? v.finding) : null,
    mu: v.measuredAreaM2 === null ? null : v.measuredAreaM2 / M2_PER_MU,
    landClass: v.landClass ? `${v.landClass} ${ENUMS.land_class[v.landClass as keyof typeof ENUMS.land_class]?.zh ?? ''}`.trim() : null,
    checklist: v.checklist ? checklistText(v.checklist) : null,
    accuracy: v.accuracyM,
    photos: v.photos,
    remarks: v.remarks,
  };
}

export async function buildVerificationReport(db: Database, options: VerificationReportOptions = {}): Promise<Uint8Array> {
  const villages = verificationReportVillages(db, options);
  const figures = villages.map((v) => v.figures);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Landlink';
  const summary = workbook.addWorksheet('汇总', { views: [{ state: 'frozen', ySplit: 1 }] });
  summary.columns = [
    { header: '乡镇', key: 'township', width: 12 },
    { header: '村', key: 'village', width: 12 },
    { header: '旧房', key: 'houses', width: 8 },
    { header: '已核查旧房', key: 'housesChecked', width: 12 },
    { header: '复垦地块', key: 'parcels', width: 10 },
    { header: '已核查地块', key: 'parcelsChecked', width: 12 },
    { header: '合格', key: 'pass', width: 8 },
    { header: '不合格', key: 'fail', width: 8 },
    { header: '存疑', key: 'doubtful', width: 8 },
    { header: '未下结论', key: 'noFinding', width: 10 },
    { header: '照片', key: 'photos', width: 8 },
  ];
  summary.getRow(1).font = { bold: true };
  for (const f of figures) summary.addRow(f);
  const total = summary.addRow({
    township: '合计',
    ...Object.fromEntries((['houses', 'housesChecked', 'parcels', 'parcelsChecked', 'pass', 'fail', 'doubtful', 'noFinding', 'photos'] as const).map((k) => [k, figures.reduce((s, f) => s + f[k], 0)])),
  });
  total.font = { bold: true };

  const used = new Set<string>(['汇总']);
  for (const { figures: f, rows } of villages) {
    if (rows.length === 0) continue;
    let name = f.village.replace(/[\\/?*[\]:]/g, '_').slice(0, 28);
    for (let i = 2; used.has(name); i++) name = `${f.village.slice(0, 26)}${i}`;
    used.add(name);
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = [
      { header: '核查编号', key: 'code', width: 12 },
      { header: '对象', key: 'kind', width: 10 },
      { header: '对象编号', key: 'entity', width: 12 },
      { header: '户主', key: 'household', width: 10 },
      { header: '核查时间（北京时间）', key: 'at', width: 20 },
      { header: '核查人员', key: 'inspectors', width: 14 },
      { header: '结论', key: 'finding', width: 8 },
      { header: '实测面积（亩）', key: 'mu', width: 14, style: { numFmt: '0.00' } },
      { header: '实际地类', key: 'landClass', width: 12 },
      { header: '核查清单', key: 'checklist', width: 50 },
      { header: '定位精度（米）', key: 'accuracy', width: 14, style: { numFmt: '0.0' } },
      { header: '照片数', key: 'photos', width: 8 },
      { header: '备注', key: 'remarks', width: 30 },
    ];
    sheet.getRow(1).font = { bold: true };
    for (const row of rows) sheet.addRow(row);
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

function beijing(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? new Date(ms + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : iso;
}

/** Chinese labels of the field form's checklist keys (renderer/src/field/verification-checklist.ts). */
const CHECKLIST_LABELS: Readonly<Record<string, string>> = {
  demolished: '已拆除',
  rubble_cleared: '建筑垃圾已清运',
  demolition_date: '拆除日期',
  photo_before: '拆前照片',
  photo_after: '拆后照片',
  agreement_no: '腾退协议编号',
  levelled: '已平整',
  tillage_cm: '耕作层厚度（cm）',
  slope_deg: '坡度（°）',
  terraced: '已修梯田',
  roads_ditches: '田间道路沟渠',
  crop: '种植作物',
};

/** `{"demolished":"yes","tillage_cm":32}` → `已拆除：是；耕作层厚度（cm）：32`. */
function checklistText(json: string): string {
  try {
    const value = JSON.parse(json) as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value)) return json;
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${CHECKLIST_LABELS[k] ?? k}：${v === true || v === 'yes' ? '是' : v === false || v === 'no' ? '否' : v === null || v === '' ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
      .join('；');
  } catch {
    return json;
  }
}

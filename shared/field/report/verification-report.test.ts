import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { buildSampleProject } from '../../../sample-data/build-sample-project';
import { insertFeatures } from '../../project/insert-features';
import { queryScalar } from '../../project/sql-rows';
import { importPhotos } from '../photos/index';
import { buildVerificationReport, villageFigures } from './verification-report';

const photoDir = path.join(import.meta.dirname, '../../../tests/fixtures/field-photos');
const VILLAGE = '桃坊坡村';

describe('verification report', () => {
  it('sums checks, findings and photos per village and lists each verification, households masked', async () => {
    const SQL = await initSqlJs();
    const db = buildSampleProject(SQL);
    const files = readdirSync(photoDir).filter((f) => f.endsWith('.jpg')).map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(photoDir, name))) }));
    await importPhotos(db, files); // 3 features photographed, 5 photos, verifications without finding
    const house = String(queryScalar(db, "SELECT code FROM old_houses WHERE village = ? AND household IS NOT NULL AND code NOT IN (SELECT entity_code FROM verifications) LIMIT 1", [VILLAGE]));
    const parcel = String(queryScalar(db, 'SELECT code FROM reclaim_parcels WHERE village = ? AND code NOT IN (SELECT entity_code FROM verifications) LIMIT 1', [VILLAGE]));
    insertFeatures(db, 'verifications', [
      { properties: { entity_table: 'old_houses', entity_code: house, verified_at: '2024-07-01T02:00:00Z', inspectors: '李四、王五', finding: 'pass', checklist: { demolished: 'yes', rubble_cleared: 'yes' } } },
      { properties: { entity_table: 'reclaim_parcels', entity_code: parcel, verified_at: '2024-07-01T03:00:00Z', inspectors: '李四', finding: 'fail', measured_area_m2: 2000, land_class: '0103', checklist: { levelled: 'yes', tillage_cm: 22 } } },
    ]);
    const [figures] = villageFigures(db, { villages: [VILLAGE] });
    expect(figures).toMatchObject({ village: VILLAGE, housesChecked: 3, parcelsChecked: 2, pass: 1, fail: 1, doubtful: 0, noFinding: 3, photos: 5 });
    expect(figures!.houses).toBe(Number(queryScalar(db, 'SELECT count(*) FROM old_houses WHERE village = ?', [VILLAGE])));

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildVerificationReport(db)) as unknown as ArrayBuffer);
    const summary = workbook.getWorksheet('汇总')!;
    const rows = summary.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0]!.slice(1)).toEqual(['乡镇', '村', '旧房', '已核查旧房', '复垦地块', '已核查地块', '合格', '不合格', '存疑', '未下结论', '照片']);
    const line = rows.find((r) => r[2] === VILLAGE)!;
    expect(line.slice(4)).toEqual([3, figures!.parcels, 2, 1, 1, 0, 3, 5]);
    expect(rows.at(-1)![1]).toBe('合计');
    const sheet = workbook.getWorksheet(VILLAGE)!;
    const listed = (sheet.getSheetValues().filter(Boolean) as unknown[][]).slice(1);
    expect(listed).toHaveLength(5);
    const passRow = listed.find((r) => r[3] === house)!;
    expect(passRow[2]).toBe('旧房');
    expect(String(passRow[4])).toMatch(/\*/); // household masked
    expect(passRow[5]).toBe('2024-07-01 10:00');
    expect(passRow[7]).toBe('合格');
    expect(passRow[10]).toBe('已拆除：是；建筑垃圾已清运：是');
    const failRow = listed.find((r) => r[3] === parcel)!;
    expect(failRow[8]).toBeCloseTo(3, 6); // 2000 m² = 3 mu
    expect(failRow[9]).toBe('0103 旱地');
    expect(listed.reduce((n, r) => n + Number(r[12]), 0)).toBe(5);
    db.close();
  });
});

import { describe, expect, it } from 'vitest';
import { fieldLabel, mergeValueText } from './merge-values';
import { walkPolygon } from './VerificationForm';
import { chinaDate, todaysVerification } from './field-dates';
import { formatDistance } from './format-distance';
import { captureFileName } from './camera-capture';

describe('merge dialog values', () => {
  it('shows codes by their labels, shapes by their area, deleted rows as such', () => {
    expect(mergeValueText('old_houses', 'status', 'demolished', 'zh')).toBe('已拆除');
    expect(mergeValueText('old_houses', 'status', 'demolished', 'en')).toBe('Demolished');
    expect(mergeValueText('verifications', 'entity_table', 'old_houses', 'zh')).toBe('旧房');
    expect(mergeValueText('old_houses', 'agreement_no', null, 'zh')).toBe('—');
    expect(mergeValueText('old_houses', '*', null, 'zh')).toContain('已删除');
    const square = { type: 'Polygon', coordinates: [[[114, 38.8], [114.001, 38.8], [114.001, 38.801], [114, 38.801], [114, 38.8]]] };
    expect(mergeValueText('reclaim_parcels', 'geom', square, 'zh')).toMatch(/^边界，面积 [\d,.]+ m²$/);
    expect(mergeValueText('old_houses', '*', { code: 'JF-1', status: 'pending', household: '张三' }, 'zh')).toBe('状态: 待拆除；户主: 张三');
    expect(fieldLabel('old_houses', 'agreement_no', 'zh')).toBe('腾退协议编号');
    expect(fieldLabel('old_houses', '*', 'en')).toBe('whole row');
  });
});

describe('field form helpers', () => {
  it('closes a walked boundary only with three corners or more', () => {
    expect(walkPolygon([[114, 38.8], [114.001, 38.8]])).toBeNull();
    const polygon = walkPolygon([[114, 38.8], [114.001, 38.8], [114.001, 38.801]]);
    expect(polygon?.coordinates[0]).toHaveLength(4);
    expect(polygon?.coordinates[0]![3]).toEqual([114, 38.8]);
  });

  it('dates checks in China time and finds the record of the day', () => {
    // 20:30 UTC is already the next morning in the county.
    expect(chinaDate('2026-11-22T20:30:00Z')).toBe('2026-11-23');
    const rows = [
      { code: 'HC-1', entity_table: 'old_houses', entity_code: 'JF-1', verified_at: '2026-11-22T03:00:00Z' },
      { code: 'HC-2', entity_table: 'old_houses', entity_code: 'JF-1', verified_at: '2026-11-23T01:00:00Z' },
      { code: 'HC-3', entity_table: 'old_houses', entity_code: 'JF-1', verified_at: '2026-11-23T02:00:00Z' },
      { code: 'HC-4', entity_table: 'old_houses', entity_code: 'JF-2', verified_at: '2026-11-23T02:30:00Z' },
    ];
    expect(todaysVerification(rows, 'old_houses', 'JF-1', '2026-11-23')?.code).toBe('HC-3');
    expect(todaysVerification(rows, 'old_houses', 'JF-9', '2026-11-23')).toBeNull();
  });

  it('formats distances and capture names', () => {
    expect(formatDistance(8.44)).toBe('8.4 m');
    expect(formatDistance(240.4)).toBe('240 m');
    expect(formatDistance(1350)).toBe('1.35 km');
    expect(captureFileName(new Date(2026, 6, 1, 9, 30, 5))).toBe('IMG_20260701_093005.jpg');
  });
});

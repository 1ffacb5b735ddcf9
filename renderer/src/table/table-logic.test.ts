import { describe, expect, it } from 'vitest';
import { areaSum } from './area-sum';
import { filterPositions, NO_FILTERS } from './row-filter';
import { allPositions, sortPositions } from './row-order';
import { clickSelection } from './row-selection';
import { areaMuColumn, formatCell, statusColumn, tableColumns } from './table-columns';
import type { TableRow } from './table-row';

const rows: TableRow[] = [
  { fid: 1, code: 'FK-000010', village: '南庄村', status: 'accepted', area_m2: 6666.666666, start_date: '2021-03-01' },
  { fid: 2, code: 'FK-000002', village: '北岭村', status: 'planned', area_m2: 1000, start_date: null },
  { fid: 3, code: 'FK-000003', village: '东沟村', status: 'filed', area_m2: null, start_date: '2020-05-01' },
  { fid: 4, code: 'FK-000001', village: '北岭村', status: 'in_progress', area_m2: 20000, start_date: '2019-01-01' },
];
const columns = tableColumns('reclaim_parcels');
const column = (id: string) => columns.find((c) => c.id === id)!;
const order = (positions: Uint32Array) => [...positions].map((p) => rows[p]!.fid);

describe('attribute table columns', () => {
  it('labels the cached area as ellipsoidal in mu, m² and ha, with only mu shown by default', () => {
    const areas = columns.filter((c) => c.field === 'area_m2');
    expect(areas.map((c) => [c.id, c.label.zh, c.hiddenByDefault, c.editable])).toEqual([
      ['area_mu', '椭球面积（亩）', false, false],
      ['area_m2', '椭球面积（m²）', true, false],
      ['area_ha', '椭球面积（公顷）', true, false],
    ]);
    expect(columns[0]!.id).toBe('fid');
    expect(column('status').label.zh).toBe('状态');
  });

  it('formats mu with 2 decimals, ha with 4, m² with 2, and enums by label', () => {
    const row = rows[0]!;
    expect(formatCell(column('area_mu'), row, 'zh')).toBe('10.00');
    expect(formatCell(column('area_ha'), row, 'zh')).toBe('0.6667');
    expect(formatCell(column('area_m2'), row, 'zh')).toBe('6,666.67');
    expect(formatCell(column('status'), row, 'zh')).toBe('已验收');
    expect(formatCell(column('status'), row, 'en')).toBe('Accepted');
    expect(formatCell(column('area_mu'), rows[2]!, 'zh')).toBe('');
  });

  it('finds the status and mu columns', () => {
    expect(statusColumn(columns)?.field).toBe('status');
    expect(areaMuColumn(columns)?.id).toBe('area_mu');
    expect(areaMuColumn(tableColumns('loans'))).toBeUndefined();
  });

  it('shows fields the schema does not know as read-only text', () => {
    const extra = tableColumns('reclaim_parcels', ['qgis_note']).at(-1)!;
    expect([extra.id, extra.editable]).toEqual(['qgis_note', false]);
  });
});

describe('sorting', () => {
  it('sorts numbers with empty values last in both directions', () => {
    expect(order(sortPositions(rows, allPositions(4), column('area_mu'), false))).toEqual([2, 1, 4, 3]);
    expect(order(sortPositions(rows, allPositions(4), column('area_mu'), true))).toEqual([4, 1, 2, 3]);
  });

  it('sorts codes as text, statuses in the order of the chain, villages by pinyin', () => {
    expect(order(sortPositions(rows, allPositions(4), column('code'), false))).toEqual([4, 2, 3, 1]);
    expect(order(sortPositions(rows, allPositions(4), column('status'), false))).toEqual([2, 4, 1, 3]);
    // 北 (bei) < 东 (dong) < 南 (nan); ties keep their previous order.
    expect(order(sortPositions(rows, allPositions(4), column('village'), false))).toEqual([2, 4, 3, 1]);
    expect(order(sortPositions(rows, allPositions(4), column('start_date'), true))).toEqual([1, 3, 4, 2]);
  });

  it('sorts only the positions given', () => {
    expect(order(sortPositions(rows, Uint32Array.from([0, 3]), column('area_mu'), false))).toEqual([1, 4]);
  });
});

describe('filtering', () => {
  it('keeps rows whose shown or stored text contains the filter, and the statuses asked for', () => {
    const all = (text: Record<string, string>, statuses: string[] | null = null) => order(filterPositions(rows, columns, { text, statuses }, 'zh'));
    expect(order(filterPositions(rows, columns, NO_FILTERS, 'zh'))).toEqual([1, 2, 3, 4]);
    expect(all({ village: '北岭' })).toEqual([2, 4]);
    expect(all({ status: '验收' })).toEqual([1]);
    expect(all({ status: 'filed' })).toEqual([3]);
    expect(all({}, ['planned', 'filed'])).toEqual([2, 3]);
    expect(all({ village: '北岭' }, ['planned'])).toEqual([2]);
    expect(all({ code: 'fk-00000' })).toEqual([2, 3, 4]);
  });
});

describe('selection clicks', () => {
  const fids = [10, 20, 30, 40, 50];
  it('selects one row, toggles with Ctrl, extends with Shift from the anchor', () => {
    expect(clickSelection([], fids, 1, null, { shift: false, toggle: false })).toEqual({ fids: [20], anchor: 1 });
    expect(clickSelection([20], fids, 3, 1, { shift: false, toggle: true })).toEqual({ fids: [20, 40], anchor: 3 });
    expect(clickSelection([20, 40], fids, 3, 3, { shift: false, toggle: true })).toEqual({ fids: [20], anchor: 3 });
    expect(clickSelection([20], fids, 3, 1, { shift: true, toggle: false })).toEqual({ fids: [20, 30, 40], anchor: 1 });
    expect(clickSelection([20], fids, 0, 2, { shift: true, toggle: false })).toEqual({ fids: [10, 20, 30], anchor: 2 });
    expect(clickSelection([50], fids, 2, 1, { shift: true, toggle: true }).fids.sort()).toEqual([20, 30, 50]);
  });
});

describe('Σ area', () => {
  const mu = areaMuColumn(columns)!;
  it('sums the selected rows, or every filtered row when none is selected', () => {
    const selected = areaSum(rows, allPositions(4), new Set([1, 4]), mu);
    expect([selected.rowCount, selected.of]).toEqual([2, 'selected']);
    expect(selected.mu).toBeCloseTo(40, 6);
    const filtered = areaSum(rows, Uint32Array.from([0, 1, 2]), new Set(), mu);
    expect(filtered.of).toBe('filtered');
    expect(filtered.rowCount).toBe(3);
    expect(filtered.mu).toBeCloseTo(11.5, 6);
  });
});

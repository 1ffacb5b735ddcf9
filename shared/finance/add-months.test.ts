import { describe, expect, it } from 'vitest';
import { addMonths } from './add-months';
import { parseIsoDate } from './calendar-date';

describe('addMonths', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-31', 1)).toBe('2024-04-30');
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
  });
  it('keeps the anchor day when counted from the start', () => {
    expect([1, 2, 3].map((k) => addMonths('2024-01-31', k))).toEqual(['2024-02-29', '2024-03-31', '2024-04-30']);
  });
  it('crosses years both ways', () => {
    expect(addMonths('2016-06-20', 12 * 20)).toBe('2036-06-20');
    expect(addMonths('2016-12-01', 1)).toBe('2017-01-01');
    expect(addMonths('2017-01-15', -1)).toBe('2016-12-15');
    expect(addMonths('2020-02-29', 12)).toBe('2021-02-28');
  });
  it('refuses what is not a date', () => {
    expect(() => addMonths('2024-02-30', 1)).toThrow(RangeError);
    expect(() => addMonths('20240101', 1)).toThrow(RangeError);
    expect(parseIsoDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parseIsoDate('1900-02-29')).toBeUndefined();
  });
});

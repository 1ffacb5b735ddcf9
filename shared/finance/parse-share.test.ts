import { describe, expect, it } from 'vitest';
import { parseShare } from './parse-share';

describe('parseShare', () => {
  it('reads a percentage or a fraction as the same rate', () => {
    expect(parseShare('4.41%')).toEqual({ ok: true, value: 0.0441 });
    expect(parseShare('0.0441')).toEqual({ ok: true, value: 0.0441 });
    expect(parseShare('90%')).toEqual({ ok: true, value: 0.9 });
    expect(parseShare('0')).toEqual({ ok: true, value: 0 });
  });
  it('refuses a bare number above 1 as ambiguous, and what is not a number', () => {
    expect(parseShare('4.41')).toEqual({ ok: false, reason: '“4.41” is ambiguous: write it as a percentage (4.41%) or as a fraction (0.0441)' });
    expect(parseShare('abc').ok).toBe(false);
    expect(parseShare('-5%').ok).toBe(false);
  });
  it('reads changes that may be negative', () => {
    expect(parseShare('-20%', { allowNegative: true })).toEqual({ ok: true, value: -0.2 });
    expect(parseShare('-0.2', { allowNegative: true })).toEqual({ ok: true, value: -0.2 });
    expect(parseShare('+10%', { allowNegative: true })).toEqual({ ok: true, value: 0.1 });
  });
});

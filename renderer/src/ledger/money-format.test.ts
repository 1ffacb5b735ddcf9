import { describe, expect, it } from 'vitest';
import { formatWanYuan, muText, percentText, wan } from './money-format';

describe('ledger amounts as DOMAIN.md shows them', () => {
  it('uses 万元 below one 亿 and 亿元 from there, in both languages', () => {
    expect(formatWanYuan(83_136_000, 'zh-CN')).toBe('8,313.60 万元');
    expect(formatWanYuan(229_000_000, 'zh-CN')).toBe('2.29 亿元');
    expect(formatWanYuan(-5_904_700, 'en')).toBe('-590.47 ×10⁴ yuan');
    expect(wan(27_712_000)).toBe('2,771.20');
  });

  it('shows mu with two decimals and no negative zero, coverage as a percentage', () => {
    expect(muText(144.3449)).toBe('144.34');
    expect(muText(-0.001)).toBe('0.00');
    expect(percentText(2.665)).toBe('266.5 %');
    expect(percentText(null)).toBe('—');
  });
});

import { describe, expect, it } from 'vitest';
import { csvCell } from './csv-cell';

describe('csvCell', () => {
  it('neutralises text a spreadsheet would run as a formula (OWASP: = + - @ tab CR)', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(csvCell('+1+2')).toBe("'+1+2");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
  });

  it('leaves numbers, ordinary text and Chinese alone', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell('FK-000058')).toBe('FK-000058');
    expect(csvCell('桃坊坡村, 一组')).toBe('"桃坊坡村, 一组"');
    expect(csvCell(null)).toBe('');
  });
});

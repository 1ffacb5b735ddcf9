// Amounts as DOMAIN.md wants them in summaries: 万元 (10⁴ yuan) and, from 1 亿 up, 亿元 (10⁸ yuan); mu with two
// decimals. English shows the same units spelt out, so figures read the same in both languages.
import type { AppLanguage } from '../i18n/i18n';

const grouped = (value: number, decimals: number): string =>
  value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** 1,234.56 万元 / 1.23 亿元 (yuan in). */
export function formatWanYuan(yuan: number, language: AppLanguage): string {
  if (Math.abs(yuan) >= 1e8) return `${grouped(yuan / 1e8, 2)} ${language === 'en' ? '×10⁸ yuan' : '亿元'}`;
  return `${grouped(yuan / 1e4, 2)} ${language === 'en' ? '×10⁴ yuan' : '万元'}`;
}

/** Always in 万元, for table columns that must line up. */
export function wan(yuan: number): string {
  return grouped(yuan / 1e4, 2);
}

export function muText(mu: number): string {
  const text = grouped(mu, 2);
  return text === '-0.00' ? '0.00' : text;
}

export function yuanText(yuan: number): string {
  return grouped(yuan, 2);
}

export function percentText(share: number | null): string {
  return share === null || !Number.isFinite(share) ? '—' : `${(share * 100).toFixed(1)} %`;
}

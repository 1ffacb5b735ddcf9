// Picks the language the user reads from a message the core gives in both (BilingualText, GeometryProblem).
import { useTranslation } from 'react-i18next';
import type { BilingualText } from '../../../shared/crs/crs-info';

export type Pick = (text: BilingualText) => string;

export function useBilingual(): Pick {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (text) => (english ? text.en : text.zh);
}

export function formatNumber(value: number, decimals: number): string {
  // -0.0001 shown to 3 decimals is 0.000, not -0.000.
  if (Math.abs(value) < 0.5 * 10 ** -decimals) value = 0;
  return value.toLocaleString('zh-CN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

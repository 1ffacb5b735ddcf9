// The fixed words on a printed page (比例尺, 图例, 制图单位 …) in the UI language, for the HTML page and the PNG.
import i18next from 'i18next';
import type { PageTexts } from './PrintPage';

export function pageTexts(): PageTexts {
  const t = i18next.t.bind(i18next);
  return {
    language: i18next.language === 'en' ? 'en' : 'zh',
    scaleLabel: t('print.page.scale'),
    legendTitle: t('print.page.legend'),
    insetCaption: t('print.page.inset'),
    unitLabel: t('print.page.unit'),
    dateLabel: t('print.page.date'),
    sealLabel: t('print.page.seal'),
    mapPending: t('print.page.mapPending'),
    north: t('print.page.north'),
  };
}

/** Today as a Chinese map prints it (2026年11月23日) or ISO in English. */
export function printDate(language: 'zh' | 'en', now = new Date()): string {
  return language === 'zh' ? `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日` : now.toISOString().slice(0, 10);
}

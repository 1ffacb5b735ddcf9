// i18next with the two bundled locales: Chinese first (zh-CN is the default and the fallback), English second.
// Resources are bundled, never fetched: the app works with no network.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN from '../locales/zh-CN.json';
import en from '../locales/en.json';

export type AppLanguage = 'zh-CN' | 'en';
export const LANGUAGE_STORAGE_KEY = 'landlink.language';

function initialLanguage(): AppLanguage {
  const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
  return stored === 'en' ? 'en' : 'zh-CN';
}

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: initialLanguage(),
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export async function setLanguage(language: AppLanguage): Promise<void> {
  await i18next.changeLanguage(language);
  globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  document.documentElement.lang = language;
}

export function currentLanguage(): AppLanguage {
  return i18next.language === 'en' ? 'en' : 'zh-CN';
}

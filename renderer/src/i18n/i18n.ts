// i18next with the bundled locales: Chinese first (zh-CN is the default and the fallback), English second.
// Each feature keeps its strings beside the others in `locales/<feature>/{zh-CN,en}.json` (the shell's are
// `locales/{zh-CN,en}.json`); all are bundled and merged here, never fetched: the app works with no network.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ACTION_CATALOG } from '../../../shared/app/action-catalog';

export type AppLanguage = 'zh-CN' | 'en';
export const LANGUAGE_STORAGE_KEY = 'landlink.language';

type Messages = { [key: string]: string | Messages };
const localeFiles = import.meta.glob<{ default: Messages }>('../locales/**/*.json', { eager: true });

function deepMerge(target: Messages, source: Messages): Messages {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    target[key] = typeof value === 'object' && typeof existing === 'object' ? deepMerge({ ...existing }, value) : value;
  }
  return target;
}

/**
 * Command labels live in shared/app/action-catalog.ts (the native menu reads them there too); they are registered as
 * `actions.<id>` so any screen can name a command with t().
 */
export function actionMessages(language: AppLanguage): Messages {
  const actions: Messages = {};
  for (const spec of ACTION_CATALOG.filter((s) => !s.id.startsWith('role:'))) {
    const path = spec.id.split('.');
    let node = actions;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Messages;
    node[path[path.length - 1]!] = spec.label[language];
  }
  return { actions };
}

/** Merges every locale file of one language (e.g. `locales/zh-CN.json` and `locales/table/zh-CN.json`) and the command labels. */
export function bundledMessages(language: AppLanguage): Messages {
  let merged: Messages = actionMessages(language);
  for (const [file, module] of Object.entries(localeFiles).sort(([a], [b]) => a.localeCompare(b))) {
    if (file.endsWith(`/${language}.json`)) merged = deepMerge(merged, module.default);
  }
  return merged;
}

function initialLanguage(): AppLanguage {
  const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
  return stored === 'en' ? 'en' : 'zh-CN';
}

export async function initI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: bundledMessages('zh-CN') }, en: { translation: bundledMessages('en') } },
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

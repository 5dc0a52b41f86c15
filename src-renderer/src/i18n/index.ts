import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import { zodIssueMessage } from './zod-messages';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'kim.language';

// Every `<lang>/<namespace>.json` is picked up at build time, so a feature adds its texts by
// adding files, without touching this one.
const files = import.meta.glob<{ default: Record<string, unknown> }>('./*/*.json', { eager: true });

function collectResources() {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, module] of Object.entries(files)) {
    const match = /^\.\/(\w+)\/([\w-]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language = '', namespace = ''] = match;
    (resources[language] ??= {})[namespace] = module.default;
  }
  return resources;
}

const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

export function storedLanguage(): Language {
  const value = localStorage.getItem(STORAGE_KEY);
  return isLanguage(value) ? value : 'de';
}

export async function setLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

/** German first; English second. Zod's messages follow the current language too. */
export function initI18n(): void {
  const lng = storedLanguage();
  document.documentElement.lang = lng;
  void i18next.use(initReactI18next).init({
    resources: collectResources(),
    lng,
    fallbackLng: 'de',
    defaultNS: 'common',
    ns: ['common'],
    interpolation: { escapeValue: false }, // React escapes.
    initAsync: false,
    returnNull: false,
  });
  z.config({ customError: zodIssueMessage });
}

export const currentLanguage = (): Language => (isLanguage(i18next.language) ? i18next.language : 'de');

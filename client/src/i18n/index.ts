import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import sv from './sv';
import en from './en';
import type annualSv from '../features/annual/i18n/sv';
import type consoleSv from '../features/console/i18n/sv';
import type coverageSv from '../features/coverage/i18n/sv';
import type mappingSv from '../features/mapping/i18n/sv';
import type programmesSv from '../features/programmes/i18n/sv';
import type hospitalSv from '../features/hospital/i18n/sv';
import type reportSv from '../features/report/i18n/sv';
import type respondSv from '../features/respond/i18n/sv';
import type visitSv from '../features/visit/i18n/sv';

export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'lang';

/**
 * Each feature's texts, under the feature's name. They load with the feature's pages
 * (registerTexts in i18n/texts.ts), not with every page, but are declared here, once, so that
 * `t('visit.notes.saved')` is checked like a core text.
 */
export interface FeatureTexts {
  annual: typeof annualSv;
  console: typeof consoleSv;
  coverage: typeof coverageSv;
  mapping: typeof mappingSv;
  programmes: typeof programmesSv;
  hospital: typeof hospitalSv;
  report: typeof reportSv;
  respond: typeof respondSv;
  visit: typeof visitSv;
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof sv & FeatureTexts };
  }
}

function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

// localStorage can throw (disabled storage, some privacy modes); language choice is not worth crashing for.
function readStoredLanguage(): Language | undefined {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

function storeLanguage(lng: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // ignore, see readStoredLanguage
  }
}

/**
 * On a first visit, the browser's language when it is one of ours (an English browser gets
 * English), otherwise Swedish.
 */
export function browserLanguage(preferred: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'sv';
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'sv';
}

/** Switches language on the user's request and remembers the choice. */
export async function changeLanguage(lng: Language): Promise<void> {
  await i18n.changeLanguage(lng);
  storeLanguage(lng);
}

i18n.on('languageChanged', (lng) => {
  if (isLanguage(lng)) document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: readStoredLanguage() ?? browserLanguage(),
  fallbackLng: 'sv',
  supportedLngs: languages,
  // Resources are bundled, so initialise synchronously and never suspend on first render.
  initAsync: false,
  interpolation: { escapeValue: false }, // React already escapes
});

document.documentElement.lang = currentLanguage();

export default i18n;

import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import * as common from './common';
import { catalogues } from '../pages/catalogues';

/**
 * One catalogue per page area (src/pages/<area>/catalogue.ts) merged under the area's key, plus the
 * shared strings. English is complete; Mongolian (Cyrillic) covers the founder-facing pages and
 * falls back to English elsewhere. The choice is kept in localStorage.
 */
export const LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'mn', label: 'Монгол' },
] as const;
export type Language = (typeof LANGUAGES)[number]['value'];

const STORAGE_KEY = 'hatchery.language';

function build(language: Language) {
  const resources: Record<string, unknown> = { ...common[language] };
  for (const [area, catalogue] of Object.entries(catalogues)) resources[area] = catalogue[language];
  return resources;
}

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'mn') return saved;
  return navigator.language.startsWith('mn') ? 'mn' : 'en';
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: build('en') }, mn: { translation: build('mn') } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export function setLanguage(language: Language) {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

/** The locale for Intl formatting. */
export function useLocale(): string {
  const { i18n: current } = useTranslation();
  return current.language === 'mn' ? 'mn-MN' : 'en-GB';
}

export default i18n;

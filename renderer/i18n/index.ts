// i18next set-up: zh-CN (default) and en catalogues, the first-paint language from localStorage, <html lang> kept in step.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from './zh-CN';
import { en } from './en';

export const languages = ['zh-CN', 'en'] as const;
export type UiLanguage = (typeof languages)[number];
export const defaultLanguage: UiLanguage = 'zh-CN';

// The settings record is the source of truth, but it is read asynchronously; this copy avoids a flash of the wrong language.
const STORAGE_KEY = 'account-desk.language';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function storedLanguage(): UiLanguage {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(value) ? value : defaultLanguage;
  } catch {
    return defaultLanguage;
  }
}

export function rememberLanguage(language: UiLanguage): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be unavailable (private mode, quota); the settings record still holds the choice.
  }
}

export function currentLanguage(): UiLanguage {
  return isUiLanguage(i18next.language) ? i18next.language : defaultLanguage;
}

export function initI18n(): typeof i18next {
  const language = storedLanguage();
  document.documentElement.lang = language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = isUiLanguage(lng) ? lng : defaultLanguage;
  });
  void i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: [...languages],
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    initAsync: false,
  });
  return i18next;
}

export default i18next;

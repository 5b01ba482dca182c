// Dates and money for display, in the UI language: date-fns with its locale, Intl for currency.
import { format, isValid, parseISO } from 'date-fns';
import { enGB, zhCN } from 'date-fns/locale';
import type { UiLanguage } from './index';

const locales = { 'zh-CN': zhCN, en: enGB } as const;

/** A calendar day (YYYY-MM-DD) or an instant, as a short date: 2026-03-05 in Chinese, 5 Mar 2026 in English. */
export function formatDate(value: string | null | undefined, language: UiLanguage): string {
  if (!value) return '';
  const date = parseISO(value);
  if (!isValid(date)) return value;
  return format(date, language === 'zh-CN' ? 'yyyy-MM-dd' : 'd MMM yyyy', { locale: locales[language] });
}

/** A long date for headings: 2026年3月5日 / 5 March 2026. */
export function formatLongDate(value: string | null | undefined, language: UiLanguage): string {
  if (!value) return '';
  const date = parseISO(value);
  if (!isValid(date)) return value;
  return format(date, language === 'zh-CN' ? 'yyyy年M月d日' : 'd MMMM yyyy', { locale: locales[language] });
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

export function formatMoney(amount: number | null | undefined, currency: string, language: UiLanguage): string {
  if (amount === null || amount === undefined) return '';
  const key = `${language}|${currency}`;
  let formatter = moneyFormats.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language, { style: 'currency', currency, maximumFractionDigits: 0 });
    moneyFormats.set(key, formatter);
  }
  return formatter.format(amount);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

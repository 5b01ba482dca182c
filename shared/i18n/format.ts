// Dates, numbers, money and percentages written the way each document language expects (date-fns and Intl).
import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { zhCN } from 'date-fns/locale/zh-CN';
import type { Currency, Language } from '../model/common';

/** What a document shows where a date, amount or rate is unknown. */
export const EMPTY_VALUE = '—';

/** The BCP 47 tag of a document language, for `w:lang` and Intl: English documents are written in British style. */
export function languageTag(lang: Language): 'zh-CN' | 'en-GB' {
  return lang === 'zh-CN' ? 'zh-CN' : 'en-GB';
}

/** Reads a calendar day `YYYY-MM-DD` as local midnight, or null when it is not a real day. */
export function parseDay(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const value = new Date(year, month - 1, date);
  if (value.getFullYear() !== year || value.getMonth() !== month - 1 || value.getDate() !== date) return null;
  return value;
}

/** A calendar day for the reader: `2026年11月27日` or `27 Nov 2026`; `—` when missing or invalid. */
export function formatDate(day: string | null | undefined, lang: Language): string {
  const value = day ? parseDay(day.slice(0, 10)) : null;
  if (!value) return EMPTY_VALUE;
  return lang === 'zh-CN' ? format(value, 'yyyy年M月d日', { locale: zhCN }) : format(value, 'd MMM yyyy', { locale: enGB });
}

/** A short calendar day for dense tables: `2026-11-27` in Chinese (the common business form), `27 Nov 2026` in English. */
export function formatShortDate(day: string | null | undefined, lang: Language): string {
  const value = day ? parseDay(day.slice(0, 10)) : null;
  if (!value) return EMPTY_VALUE;
  return lang === 'zh-CN' ? format(value, 'yyyy-MM-dd') : format(value, 'd MMM yyyy', { locale: enGB });
}

/** A plain number with grouping: `1,200,000`. */
export function formatNumber(value: number | null | undefined, lang: Language): string {
  if (value == null || !Number.isFinite(value)) return EMPTY_VALUE;
  return new Intl.NumberFormat(languageTag(lang), { maximumFractionDigits: 2 }).format(value);
}

/**
 * Money: `¥1,200,000` in Chinese documents (the currency's symbol), `CNY 1,200,000` in English ones (its ISO code, as
 * agencies invoice international clients). Whole amounts show no decimals; others show two.
 */
export function formatMoney(amount: number | null | undefined, currency: Currency, lang: Language): string {
  if (amount == null || !Number.isFinite(amount)) return EMPTY_VALUE;
  const digits = Number.isInteger(amount) ? 0 : 2;
  return new Intl.NumberFormat(languageTag(lang), {
    style: 'currency',
    currency,
    currencyDisplay: lang === 'zh-CN' ? 'symbol' : 'code',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })
    // Intl joins code and amount with a no-break space: kept, so a narrow table cell never splits them.
    .format(amount);
}

/** A ratio (0.857) as a percentage (`85.7%`); `—` when there is none, e.g. a collection rate with nothing billed. */
export function formatPercent(ratio: number | null | undefined, lang: Language): string {
  if (ratio == null || !Number.isFinite(ratio)) return EMPTY_VALUE;
  return new Intl.NumberFormat(languageTag(lang), { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

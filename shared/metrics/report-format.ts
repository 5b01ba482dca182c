// Report figures as text: money in the report's currency, ratios as percentages, changes signed (ratios in points).
import type { Currency, Language } from '../model/common';
import { EMPTY_VALUE, formatMoney, formatNumber, formatPercent } from '../i18n/format';
import type { Change, HeadlineKey } from './report-figures';
import { moneyKeys, ratioKeys } from './report-strings';

export function formatFigure(key: HeadlineKey, value: number | null, currency: string, lang: Language): string {
  if (moneyKeys.has(key)) return formatMoney(value, currency as Currency, lang);
  if (ratioKeys.has(key)) return formatPercent(value, lang);
  return formatNumber(value, lang);
}

const sign = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '±');

/** `+¥100,000 (+20%)`, `−16.7 个百分点`, `+1`; `—` when either period has no value. */
export function formatChange(key: HeadlineKey, change: Change, currency: string, lang: Language): string {
  if (change.delta === null) return EMPTY_VALUE;
  const magnitude = Math.abs(change.delta);
  if (ratioKeys.has(key)) {
    const points = formatNumber(Math.round(magnitude * 1000) / 10, lang);
    return `${sign(change.delta)}${points}${lang === 'zh-CN' ? ' 个百分点' : ' pts'}`;
  }
  const base = moneyKeys.has(key) ? formatMoney(magnitude, currency as Currency, lang) : formatNumber(magnitude, lang);
  const relative = change.relative === null || change.delta === 0 ? '' : ` (${sign(change.relative)}${formatPercent(Math.abs(change.relative), lang)})`;
  return `${sign(change.delta)}${base}${relative}`;
}

/** A dimension average's change on the 1–5 scale. */
export function formatScoreChange(delta: number | null): string {
  return delta === null ? EMPTY_VALUE : `${sign(delta)}${Math.abs(delta).toFixed(2)}`;
}

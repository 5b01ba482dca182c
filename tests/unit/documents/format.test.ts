// Dates, money and rates in documents read the way each language writes them.
import { describe, expect, it } from 'vitest';
import { documentStrings, fill } from '@shared/i18n/documents';
import { formatDate, formatMoney, formatNumber, formatPercent, formatShortDate, parseDay } from '@shared/i18n/format';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('dates', () => {
  it('writes 2026年11月27日 in Chinese and 27 Nov 2026 in English', () => {
    expect(formatDate('2026-11-27', 'zh-CN')).toBe('2026年11月27日');
    expect(formatDate('2026-11-27', 'en')).toBe('27 Nov 2026');
    expect(formatDate('2026-01-05', 'zh-CN')).toBe('2026年1月5日');
  });

  it('writes short table dates as 2026-11-27 in Chinese and 27 Nov 2026 in English', () => {
    expect(formatShortDate('2026-11-27', 'zh-CN')).toBe('2026-11-27');
    expect(formatShortDate('2026-11-27', 'en')).toBe('27 Nov 2026');
  });

  it('shows a dash for a missing or impossible date instead of failing', () => {
    expect(formatDate(null, 'zh-CN')).toBe('—');
    expect(formatDate('2026-02-30', 'en')).toBe('—');
    expect(formatDate('not a date', 'en')).toBe('—');
    expect(parseDay('2026-02-29')).toBeNull();
    expect(parseDay('2028-02-29')?.getDate()).toBe(29);
  });

  it('reads a day as that calendar day whatever the time zone', () => {
    expect(parseDay('2026-11-27')?.getDate()).toBe(27);
  });
});

describe('money', () => {
  it('writes ¥1,200,000 in Chinese and CNY 1,200,000 in English', () => {
    expect(formatMoney(1_200_000, 'CNY', 'zh-CN')).toBe('¥1,200,000');
    expect(nbsp(formatMoney(1_200_000, 'CNY', 'en'))).toBe('CNY 1,200,000');
  });

  it('keeps currency code and amount together with a no-break space in English', () => {
    expect(formatMoney(5, 'USD', 'en')).toBe('USD\u00a05');
  });

  it('shows cents only when there are any', () => {
    expect(formatMoney(12_500.5, 'USD', 'zh-CN')).toBe('US$12,500.50');
    expect(nbsp(formatMoney(0.1 + 0.2, 'EUR', 'en'))).toBe('EUR 0.30');
  });

  it('shows a dash for an unknown amount', () => {
    expect(formatMoney(null, 'CNY', 'zh-CN')).toBe('—');
    expect(formatMoney(Number.NaN, 'CNY', 'en')).toBe('—');
  });

  it('groups plain numbers', () => {
    expect(formatNumber(1_234_567, 'zh-CN')).toBe('1,234,567');
    expect(formatNumber(undefined, 'en')).toBe('—');
  });
});

describe('rates', () => {
  it('writes a collection rate as a percentage with at most one decimal', () => {
    expect(formatPercent(0.65, 'zh-CN')).toBe('65%');
    expect(formatPercent(0.8571, 'en')).toBe('85.7%');
    expect(formatPercent(null, 'en')).toBe('—');
  });
});

describe('document strings', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill(documentStrings('zh-CN').accountProfile.logNote, { shown: 10, total: 42 })).toBe('最近 10 条，共 42 条');
    expect(fill('{a} {b}', { a: 1 })).toBe('1 {b}');
  });

  it('has the same keys in Chinese and English, none of them empty', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`)) : [prefix];
    const zh = keys(documentStrings('zh-CN')).sort();
    expect(keys(documentStrings('en')).sort()).toEqual(zh);
    const leaves = (value: unknown): string[] => (value && typeof value === 'object' ? Object.values(value).flatMap(leaves) : [String(value)]);
    for (const lang of ['zh-CN', 'en'] as const) expect(leaves(documentStrings(lang)).every((s) => s.trim().length > 0)).toBe(true);
  });
});

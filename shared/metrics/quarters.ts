// Calendar quarters written `YYYY-Qn` (the key evaluations are stored under): parsing, arithmetic, day ranges and labels.
import type { Language } from '../model/common';

/** A quarter as stored: `2026-Q3`. */
export type QuarterKey = `${number}-Q${1 | 2 | 3 | 4}`;

export type QuarterParts = { year: number; q: 1 | 2 | 3 | 4 };

const QUARTER = /^(\d{4})-Q([1-4])$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The year and number of a quarter key, or null when it is not one. */
export function parseQuarter(quarter: string): QuarterParts | null {
  const match = QUARTER.exec(quarter);
  if (!match) return null;
  return { year: Number(match[1]), q: Number(match[2]) as QuarterParts['q'] };
}

export function isQuarter(value: string): value is QuarterKey {
  return QUARTER.test(value);
}

export function quarterKey(parts: QuarterParts): QuarterKey {
  return `${parts.year}-Q${parts.q}` as QuarterKey;
}

/** The quarter a calendar day (`YYYY-MM-DD`, or an ISO instant read by its date part) falls in; null for anything else. */
export function quarterOf(day: string): QuarterKey | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return quarterKey({ year: Number(match[1]), q: (Math.floor((month - 1) / 3) + 1) as QuarterParts['q'] });
}

/** A running number of quarters, so quarters can be compared and subtracted. */
function indexOf(parts: QuarterParts): number {
  return parts.year * 4 + (parts.q - 1);
}

function fromIndex(index: number): QuarterKey {
  return quarterKey({ year: Math.floor(index / 4), q: ((((index % 4) + 4) % 4) + 1) as QuarterParts['q'] });
}

function mustParse(quarter: string): QuarterParts {
  const parts = parseQuarter(quarter);
  if (!parts) throw new Error(`not a quarter: "${quarter}"`);
  return parts;
}

/** The quarter `by` quarters later (or earlier, when negative): `shiftQuarter('2026-Q1', -1)` is `2025-Q4`. */
export function shiftQuarter(quarter: string, by: number): QuarterKey {
  return fromIndex(indexOf(mustParse(quarter)) + by);
}

export const previousQuarter = (quarter: string): QuarterKey => shiftQuarter(quarter, -1);
export const nextQuarter = (quarter: string): QuarterKey => shiftQuarter(quarter, 1);

/** Negative, zero or positive as `a` is before, the same as, or after `b`. Quarter keys also sort as text. */
export function compareQuarters(a: string, b: string): number {
  return indexOf(mustParse(a)) - indexOf(mustParse(b));
}

/** The first and last day of a quarter, `YYYY-MM-DD`. */
export function quarterRange(quarter: string): { start: string; end: string } {
  const { year, q } = mustParse(quarter);
  const firstMonth = (q - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { start: `${year}-${pad(firstMonth)}-01`, end: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/** True when a calendar day (or the date part of an instant) falls inside the quarter. */
export function isInQuarter(day: string | null | undefined, quarter: string): boolean {
  if (!day) return false;
  const { start, end } = quarterRange(quarter);
  const date = day.slice(0, 10);
  return date >= start && date <= end;
}

/** Every quarter from `first` to `last`, both included, oldest first; empty when `last` is before `first`. */
export function quartersBetween(first: string, last: string): QuarterKey[] {
  const from = indexOf(mustParse(first));
  const to = indexOf(mustParse(last));
  const out: QuarterKey[] = [];
  for (let i = from; i <= to; i++) out.push(fromIndex(i));
  return out;
}

/** A quarter for people: `2026年第3季度` or `Q3 2026`. */
export function quarterLabel(quarter: string, lang: Language): string {
  const parts = parseQuarter(quarter);
  if (!parts) return quarter;
  return lang === 'zh-CN' ? `${parts.year}年第${parts.q}季度` : `Q${parts.q} ${parts.year}`;
}

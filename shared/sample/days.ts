// Calendar arithmetic for the sample agency on whole days (days since 1970-01-01, UTC), fast enough for 100k records.

export type Day = number;
const MS_PER_DAY = 86_400_000;

export function dayOf(iso: string): Day {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

const isoCache = new Map<Day, string>();

/** `YYYY-MM-DD`; memoised, because a large sample formats the same few thousand days a million times. */
export function isoDate(day: Day): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (isoCache.size < 100_000) isoCache.set(day, iso);
  }
  return iso;
}

/** The local calendar day of the machine running the generator. */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * An instant on `day` at `minuteUtc` minutes after midnight UTC. Office hours in Shanghai (09:00–18:30, UTC+8)
 * are 60..630; instants are written in UTC (`…Z`) like `new Date().toISOString()`, so they sort as strings.
 */
export function stampOf(day: Day, minuteUtc: number): string {
  return new Date(day * MS_PER_DAY + Math.round(minuteUtc) * 60_000).toISOString();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Moves a weekend day to the next Monday: meetings and deadlines fall on working days. */
export function workday(day: Day): Day {
  const w = weekdayOf(day);
  return w === 6 ? day + 2 : w === 0 ? day + 1 : day;
}

export function yearOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

export function monthOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCMonth() + 1;
}

export function dayOfYmd(year: number, month: number, date: number): Day {
  return Math.floor(Date.UTC(year, month - 1, date) / MS_PER_DAY);
}

/** The same day of the month `months` later, clamped to the month's end. */
export function addMonths(day: Day, months: number): Day {
  const d = new Date(day * MS_PER_DAY);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return dayOfYmd(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(d.getUTCDate(), last));
}

export type Quarter = { year: number; q: 1 | 2 | 3 | 4 };

export function quarterOfDay(day: Day): Quarter {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), q: (Math.floor(d.getUTCMonth() / 3) + 1) as Quarter['q'] };
}

export function shiftQuarter(quarter: Quarter, by: number): Quarter {
  const index = quarter.year * 4 + (quarter.q - 1) + by;
  return { year: Math.floor(index / 4), q: ((index % 4) + 1) as Quarter['q'] };
}

export function quarterKey(quarter: Quarter): string {
  return `${quarter.year}-Q${quarter.q}`;
}

export function quarterStart(quarter: Quarter): Day {
  return dayOfYmd(quarter.year, (quarter.q - 1) * 3 + 1, 1);
}

export function quarterEnd(quarter: Quarter): Day {
  return quarterStart(shiftQuarter(quarter, 1)) - 1;
}

export function quarterIndex(quarter: Quarter): number {
  return quarter.year * 4 + quarter.q - 1;
}

/** `2025年3月12日`, as dates read inside Chinese prose. */
export function zhDate(day: Day): string {
  const d = new Date(day * MS_PER_DAY);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** `3月12日`. */
export function zhMonthDay(day: Day): string {
  const d = new Date(day * MS_PER_DAY);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** Moves a weekend day back to Friday: deadlines "before" something stay before it. */
export function workdayBefore(day: Day): Day {
  const w = weekdayOf(day);
  return w === 6 ? day - 1 : w === 0 ? day - 2 : day;
}

// What every part of the sample generator shares: the plan per scale, the world being built (people, accounts, teams) and small helpers for text, dates and ids.
import type { Account } from '../model/account';
import type { Contact } from '../model/contact';
import type { AssignmentRole, Member, MemberLevel } from '../model/member';
import type { Category, Industry } from './banks/brands';
import { monthOf, stampOf, yearOf, type Day } from './days';
import type { IdSource, Random } from './random';

export type SampleScale = 'small' | 'large';

/** How much to make. Counts are exact where a test promises them (large), approximate only where marked. */
export type Plan = {
  accounts: number;
  members: number;
  contacts: number;
  interactions: number;
  invoices: number;
  briefs: number;
  pitches: number;
  /** At least this many evaluations (every eligible quarter of every account person is evaluated). */
  evaluationsAtLeast: number;
  reports: number;
  /** How far back records go. */
  historyDays: number;
  /** Longer, multi-paragraph brief sections; the large sample keeps text moderate to stay light. */
  richText: boolean;
};

export const plans: Readonly<Record<SampleScale, Plan>> = {
  small: { accounts: 12, members: 16, contacts: 45, interactions: 120, invoices: 60, briefs: 30, pitches: 20, evaluationsAtLeast: 0, reports: 2, historyDays: 480, richText: true },
  large: { accounts: 300, members: 500, contacts: 2000, interactions: 10_000, invoices: 20_000, briefs: 20_000, pitches: 5_000, evaluationsAtLeast: 8_000, reports: 200, historyDays: 8 * 365, richText: false },
};

export type MemberInfo = {
  record: Member;
  level: MemberLevel;
  start: Day;
  /** Last day in post; null while still here. */
  end: Day | null;
};

export type TeamSlot = { role: AssignmentRole; memberId: string; since: Day; until: Day | null };

export type AccountInfo = {
  record: Account;
  industry: Industry;
  category: Category;
  products: readonly string[];
  domain: string;
  code: string;
  /** The day we won the account (clientSince), if we ever served it. */
  wonOn: Day | null;
  /** The day it was lost or paused, if so. */
  stoppedOn: Day | null;
  /** Work (briefs, invoices) happens inside [start, end]. */
  start: Day;
  end: Day;
  contacts: Contact[];
  team: TeamSlot[];
  /** Sum of people, money and work this account draws: A-tier clients get more of everything. */
  weight: number;
};

export type World = {
  scale: SampleScale;
  plan: Plan;
  today: Day;
  rng: Random;
  ids: IdSource;
  members: MemberInfo[];
  membersById: Map<string, MemberInfo>;
  accounts: AccountInfo[];
  /** The head of department: manager of last resort, evaluator of GADs. */
  headId: string;
  agencyName: string;
};

/** Latest instant any record may carry: yesterday 10:00 UTC is in the past in every time zone, so nothing is "from the future". */
export function stamp(world: World, day: Day, rng: Random = world.rng): string {
  const latest = world.today - 1;
  const d = Math.min(day, latest);
  return stampOf(d, rng.int(60, 600));
}

/** Replaces `{slot}` with its value; a slot without a value stays visible, and a test looks for leftovers. */
export function fill(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => vars[key] ?? match);
}

/** A member active on `day`, from `pool`; falls back to one who starts soon after, else null. */
export function activeOn(rng: Random, pool: readonly MemberInfo[], day: Day): MemberInfo | null {
  const now = pool.filter((m) => m.start <= day && (m.end === null || m.end >= day));
  if (now.length > 0) return rng.pick(now);
  const soon = pool.filter((m) => m.start <= day + 180 && (m.end === null || m.end >= day));
  return soon.length > 0 ? rng.pick(soon) : null;
}

/** Who holds `role` on the account on `day` (the nearest holder if no slot covers the day). */
export function teamAt(account: AccountInfo, role: AssignmentRole, day: Day): string | null {
  let nearest: TeamSlot | null = null;
  let distance = Infinity;
  for (const slot of account.team) {
    if (slot.role !== role) continue;
    const until = slot.until ?? Infinity;
    if (slot.since <= day && day <= until) return slot.memberId;
    const gap = day < slot.since ? slot.since - day : day - until;
    if (gap < distance) {
      distance = gap;
      nearest = slot;
    }
  }
  return nearest?.memberId ?? null;
}

export const accountLevels: readonly MemberLevel[] = ['AE', 'SAE', 'AM', 'SAM', 'AD', 'SAD', 'GAD'];

/** Levels that can fill each team role; the first level is preferred. */
export const roleLevels: Readonly<Record<AssignmentRole, readonly MemberLevel[]>> = {
  lead: ['GAD', 'SAD'],
  'account-director': ['AD', 'SAD'],
  'account-manager': ['AM', 'SAM'],
  'account-executive': ['AE', 'SAE'],
  strategy: ['SD'],
  creative: ['CD', 'ECD'],
  other: ['Other'],
};

/**
 * Who did `role` for the account on `day`: the assigned member if they were with the agency then, otherwise someone of
 * the right level who was (old pitches and briefs predate today's team), otherwise nobody.
 */
export function staffOn(world: World, rng: Random, account: AccountInfo, role: AssignmentRole, day: Day): string | null {
  const id = teamAt(account, role, day);
  const member = id ? world.membersById.get(id) : undefined;
  if (member && member.start <= day && (member.end === null || member.end >= day)) return member.record.id;
  const levels = roleLevels[role];
  const pool = world.members.filter((m) => levels.includes(m.level) && m.start <= day && (m.end === null || m.end >= day));
  return pool.length > 0 ? rng.pick(pool).record.id : null;
}

const festivalMonths: Readonly<Record<string, number>> = {
  春节: 2, 年货节: 1, 五一: 5, 520: 5, 618: 6, 夏日: 7, 七夕: 8, 中秋: 9, 开学季: 9, 国庆: 10, 双十一: 11, 圣诞季: 12, 年末: 12,
};

/** A festival one to five months after `day` (work on a festival starts months ahead), with the year it falls in. */
export function upcomingFestival(rng: Random, festivals: readonly string[], day: Day): { name: string; year: number } {
  const month = monthOf(day);
  const ahead = (name: string) => ((festivalMonths[name] ?? month) - month + 12) % 12;
  const soon = festivals.filter((f) => ahead(f) >= 1 && ahead(f) <= 5);
  const name = soon.length > 0 ? rng.pick(soon) : [...festivals].sort((a, b) => (ahead(a) || 12) - (ahead(b) || 12))[0] ?? '春节';
  const gap = ahead(name) || 12;
  return { name, year: yearOf(day) + (month + gap > 12 ? 1 : 0) };
}

export function levelRank(level: MemberLevel): number {
  return accountLevels.indexOf(level);
}

/** A contact as prose names them: 品牌总监王丽娜. */
export function contactLabel(contact: Contact): string {
  const title = contact.title.split(' / ').pop() ?? contact.title;
  return `${title}${contact.name}`;
}

export function roundTo(value: number, step: number): number {
  return Math.max(step, Math.round(value / step) * step);
}

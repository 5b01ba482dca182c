// Development report figures: one period's accounts, money, pitches, briefs and team compiled from the records, each
// beside the previous period's. Pure; reuses the account, money, pitch and evaluation metrics rather than recounting.
import type { Account } from '../model/account';
import type { Assignment } from '../model/member';
import type { Brief } from '../model/brief';
import type { Contact } from '../model/contact';
import type { Evaluation } from '../model/evaluation';
import type { Interaction } from '../model/interaction';
import type { Invoice } from '../model/invoice';
import type { Member } from '../model/member';
import type { Pitch } from '../model/pitch';
import type { Report } from '../model/report';
import { evaluationScore, roundScore } from './evaluation-score';
import { computeHealth } from './health';
import { accountMoney } from './money';
import { pitchFigures } from './pitch-figures';
import { quarterRange } from './quarters';

export type PeriodType = Report['periodType'];
export type Period = { type: PeriodType; start: string; end: string };
export type ReportScope = Report['scope'];

export type ReportTables = {
  accounts: readonly Account[];
  contacts: readonly Contact[];
  interactions: readonly Interaction[];
  invoices: readonly Invoice[];
  pitches: readonly Pitch[];
  briefs: readonly Brief[];
  members: readonly Member[];
  assignments: readonly Assignment[];
  evaluations: readonly Evaluation[];
};

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const range = (year: number, firstMonth: number, months: number) => {
  const lastMonth = firstMonth + months - 1;
  return { start: `${year}-${pad(firstMonth)}-01`, end: `${year}-${pad(lastMonth)}-${pad(lastDayOf(year, lastMonth))}` };
};
const monthsOf: Record<PeriodType, number> = { month: 1, quarter: 3, half: 6, year: 12 };

/** The period of the given type that contains `day` (`YYYY-MM-DD`). */
export function periodContaining(type: PeriodType, day: string): Period {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const size = monthsOf[type];
  const first = Math.floor((month - 1) / size) * size + 1;
  return { type, ...range(year, first, size) };
}

/** The period just before (`by` = -1) or after (+1) one, of the same type. */
export function shiftPeriod(period: Period, by: number): Period {
  const year = Number(period.start.slice(0, 4));
  const month = Number(period.start.slice(5, 7));
  const index = year * 12 + (month - 1) + by * monthsOf[period.type];
  const y = Math.floor(index / 12);
  return periodContaining(period.type, `${y}-${pad((index % 12) + 1)}-01`);
}

/** One collator for every sort: building one per comparison (what localeCompare with a locale does) is slow. */
const collator = new Intl.Collator('zh-CN');

type Grouped = { contacts: Contact[]; interactions: Interaction[]; invoices: Invoice[]; pitches: Pitch[] };
type TableIndex = {
  byAccount: Map<string, Grouped>;
  invoices: Invoice[];
  pitches: Pitch[];
  briefs: Brief[];
  /** Live evaluations with their quarter's days, parsed once. */
  evaluations: { evaluation: Evaluation; start: string; end: string }[];
};

/**
 * The live rows of the tables, grouped by account once per tables object: a report compiles two periods, and the
 * sample generator hundreds, over the same records. New records come as a new tables object, so nothing goes stale.
 */
const indexes = new WeakMap<ReportTables, TableIndex>();
function indexOf(tables: ReportTables): TableIndex {
  const cached = indexes.get(tables);
  if (cached) return cached;
  const byAccount = new Map<string, Grouped>();
  const slot = (id: string) => {
    let g = byAccount.get(id);
    if (!g) byAccount.set(id, (g = { contacts: [], interactions: [], invoices: [], pitches: [] }));
    return g;
  };
  const invoices = tables.invoices.filter((i) => i.deletedAt === null);
  const pitches = tables.pitches.filter((p) => p.deletedAt === null);
  for (const c of tables.contacts) if (c.deletedAt === null) slot(c.accountId).contacts.push(c);
  for (const i of tables.interactions) if (i.deletedAt === null) slot(i.accountId).interactions.push(i);
  for (const i of invoices) slot(i.accountId).invoices.push(i);
  for (const p of pitches) slot(p.accountId).pitches.push(p);
  const evaluations = tables.evaluations.filter((e) => e.deletedAt === null).map((evaluation) => ({ evaluation, ...quarterRange(evaluation.quarter) }));
  const index = { byAccount, invoices, pitches, briefs: tables.briefs.filter((b) => b.deletedAt === null), evaluations };
  indexes.set(tables, index);
  return index;
}

/** Two decimals, half up: the figures a reader compares should not carry float noise. */
const round2 = (value: number) => Math.round(value * 100 + Number.EPSILON) / 100;
const within = (day: string | null | undefined, p: Period) => !!day && day.slice(0, 10) >= p.start && day.slice(0, 10) <= p.end;

export type AccountRow = {
  accountId: string;
  brand: string;
  health: 'green' | 'amber' | 'red';
  billed: number;
  collected: number;
  overdue: number;
  collectionRate: number | null;
};

export type PeriodFigures = {
  period: Period;
  /** The day money and health are judged on: the period's end, or today while the period runs. */
  asOf: string;
  accounts: { active: number; new: number; lost: number; health: { green: number; amber: number; red: number } };
  /** The main currency (the most billed); other currencies are listed in `otherCurrencies` and never added in. */
  money: { currency: string; billed: number; collected: number; outstanding: number; overdue: number; collectionRate: number | null; otherCurrencies: string[] };
  pitches: { decided: number; won: number; lost: number; winRate: number | null; valueWon: number; lostReasons: { reason: string; count: number }[] };
  briefs: { issued: number; approved: number; averageVersionsToApproval: number | null };
  team: {
    headcount: number;
    evaluationsDone: number;
    /** Average score per framework dimension over the period's finalised evaluations, framework order. */
    dimensions: { key: string; nameZh: string; nameEn: string; average: number }[];
    topPerformers: { memberId: string; name: string; nameEn: string; score: number }[];
    /** The lowest-scoring dimensions (at most two), the team's development needs. */
    developmentNeeds: string[];
    /** Members in the headcount whose latest evaluation of the period sets no goals (or who have none). */
    withoutGoals: { memberId: string; name: string; nameEn: string }[];
  };
  accountRows: AccountRow[];
};

/** A live member counts from joining until they were deactivated (the deactivation's save is the leaving day). */
function onTeam(m: Member, day: string): boolean {
  return m.deletedAt === null && (m.joinedOn === null || m.joinedOn <= day) && (m.active || m.updatedAt.slice(0, 10) > day);
}

/** The figures of one period for a scope. The team figures are the department's whatever the scope: people serve many accounts. */
export function periodFigures(tables: ReportTables, period: Period, scope: ReportScope, today: string): PeriodFigures {
  const asOf = period.end < today ? period.end : today;
  const chosen = scope.type === 'accounts' ? new Set(scope.accountIds) : null;
  const inScope = (accountId: string) => chosen === null || chosen.has(accountId);
  const accounts = tables.accounts.filter((a) => a.deletedAt === null && inScope(a.id));

  const active = accounts.filter((a) => (a.status === 'active' || a.status === 'paused') && (a.clientSince === null || a.clientSince <= period.end));
  const newCount = accounts.filter((a) => a.status !== 'prospect' && within(a.clientSince, period)).length;
  // The model keeps no "lost on" date: the save that marked the account lost is taken as the day it was lost.
  const lost = accounts.filter((a) => a.status === 'lost' && within(a.updatedAt, period)).length;

  const index = indexOf(tables);
  const scopedInvoices = chosen === null ? index.invoices : index.invoices.filter((i) => inScope(i.accountId));
  const scopedPitches = chosen === null ? index.pitches : index.pitches.filter((p) => inScope(p.accountId));
  // Health by the account profile's own rules, as it stood on `asOf`: a pitch lost after that day was not yet a signal.
  const activeIds = new Set(active.map((a) => a.id));
  const levels = new Map<string, 'green' | 'amber' | 'red'>();
  const health = { green: 0, amber: 0, red: 0 };
  for (const account of active) {
    const own = index.byAccount.get(account.id);
    const level = computeHealth({
      account,
      contacts: own?.contacts ?? [],
      interactions: own?.interactions ?? [],
      invoices: own?.invoices ?? [],
      pitches: (own?.pitches ?? []).filter((p) => (p.outcome?.decidedOn ?? '') <= asOf),
      today: asOf,
    }).level;
    levels.set(account.id, level);
    health[level]++;
  }

  // Money of the invoices issued in the period, as collected by `asOf`: 回款率 of what this period billed.
  const periodInvoices = scopedInvoices.filter((i) => within(i.issuedOn, period));
  const money = accountMoney(periodInvoices, asOf);
  const main = money[0];
  const periodByAccount = new Map<string, Invoice[]>();
  for (const i of periodInvoices) if (activeIds.has(i.accountId)) periodByAccount.set(i.accountId, [...(periodByAccount.get(i.accountId) ?? []), i]);
  const accountRows: AccountRow[] = active
    .map((a) => {
      const m = accountMoney(periodByAccount.get(a.id) ?? [], asOf).find((x) => x.currency === main?.currency);
      return {
        accountId: a.id,
        brand: a.brand,
        health: levels.get(a.id) ?? 'green',
        billed: m?.billed ?? 0,
        collected: m?.collected ?? 0,
        overdue: m?.overdue ?? 0,
        collectionRate: m?.collectionRate ?? null,
      };
    })
    .sort((a, b) => b.billed - a.billed || collator.compare(a.brand, b.brand));

  const decided = scopedPitches.filter((p) => (p.stage === 'won' || p.stage === 'lost') && within(p.outcome?.decidedOn, period));
  const pf = pitchFigures(decided);
  const mainCurrency = main?.currency ?? pf.valueWon[0]?.currency ?? 'CNY';

  const briefs = chosen === null ? index.briefs : index.briefs.filter((b) => inScope(b.accountId));
  const approvedIn = briefs.filter((b) => b.approvedVersion !== null && within(b.approvals.find((x) => x.versionNumber === b.approvedVersion)?.approvedOn, period));
  const issued = briefs.filter((b) => within(b.briefDate, period)).length;

  const team = teamFigures(tables, period);
  return {
    period,
    asOf,
    accounts: { active: active.length, new: newCount, lost, health },
    money: {
      currency: mainCurrency,
      billed: main?.billed ?? 0,
      collected: main?.collected ?? 0,
      outstanding: main?.outstanding ?? 0,
      overdue: main?.overdue ?? 0,
      collectionRate: main?.collectionRate ?? null,
      otherCurrencies: money.slice(1).map((m) => m.currency),
    },
    pitches: {
      decided: pf.overall.won + pf.overall.lost,
      won: pf.overall.won,
      lost: pf.overall.lost,
      winRate: pf.overall.winRate,
      valueWon: pf.valueWon.find((v) => v.currency === mainCurrency)?.amount ?? 0,
      lostReasons: pf.lostReasons.map(({ reason, count }) => ({ reason, count })),
    },
    briefs: {
      issued,
      approved: approvedIn.length,
      averageVersionsToApproval: approvedIn.length === 0 ? null : round2(approvedIn.reduce((sum, b) => sum + (b.approvedVersion ?? 0), 0) / approvedIn.length),
    },
    team,
    accountRows,
  };
}

/** Evaluations of quarters whose days overlap the period count: a month or a quarter reads its own quarter's, a year its four. */
function teamFigures(tables: ReportTables, period: Period): PeriodFigures['team'] {
  const members = tables.members.filter((m) => onTeam(m, period.end));
  const inPeriod = indexOf(tables).evaluations.filter((e) => e.start <= period.end && e.end >= period.start).map((e) => e.evaluation);
  const evaluations = inPeriod.filter((e) => e.status !== 'draft');
  const sums = new Map<string, { nameZh: string; nameEn: string; total: number; count: number; order: number }>();
  const perMember = new Map<string, number[]>();
  for (const e of evaluations) {
    e.framework.dimensions.forEach((d, order) => {
      const score = e.scores.find((s) => s.key === d.key)?.score ?? null;
      if (score === null) return;
      const entry = sums.get(d.key) ?? { nameZh: d.nameZh, nameEn: d.nameEn, total: 0, count: 0, order };
      entry.total += score;
      entry.count += 1;
      sums.set(d.key, entry);
    });
    const weighted = evaluationScore(e).score;
    if (weighted !== null) perMember.set(e.memberId, [...(perMember.get(e.memberId) ?? []), weighted]);
  }
  const dimensions = [...sums.entries()]
    .sort((a, b) => a[1].order - b[1].order)
    .map(([key, s]) => ({ key, nameZh: s.nameZh, nameEn: s.nameEn, average: roundScore(s.total / s.count) }));
  const byId = new Map(tables.members.map((m) => [m.id, m]));
  const topPerformers = [...perMember.entries()]
    .map(([memberId, scores]) => ({ memberId, name: byId.get(memberId)?.name ?? '', nameEn: byId.get(memberId)?.nameEn ?? '', score: roundScore(scores.reduce((s, x) => s + x, 0) / scores.length) }))
    .sort((a, b) => b.score - a.score || collator.compare(a.name, b.name))
    .slice(0, 3);
  const developmentNeeds = [...dimensions].sort((a, b) => a.average - b.average || a.key.localeCompare(b.key)).slice(0, 2).map((d) => d.key);
  const latest = new Map<string, Evaluation>();
  for (const e of inPeriod) {
    const seen = latest.get(e.memberId);
    if (!seen || seen.quarter < e.quarter) latest.set(e.memberId, e);
  }
  const withoutGoals = members
    .filter((m) => (latest.get(m.id)?.goals.length ?? 0) === 0)
    .map((m) => ({ memberId: m.id, name: m.name, nameEn: m.nameEn }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return { headcount: members.length, evaluationsDone: evaluations.length, dimensions, topPerformers, developmentNeeds, withoutGoals };
}

export type ReportFigures = {
  version: 1;
  compiledAt: string;
  scope: ReportScope;
  current: PeriodFigures;
  previous: PeriodFigures;
};

/** The report's figures: the period and the one before it, for the same scope. This object is what finalising freezes. */
export function compileReport(tables: ReportTables, period: Period, scope: ReportScope, today: string, compiledAt: string, cache?: Map<string, PeriodFigures>): ReportFigures {
  const figuresOf = (p: Period) => {
    // A caller compiling many reports over the same records (the sample generator) shares one period's figures.
    const key = `${p.type}|${p.start}|${today}|${scope.type === 'department' ? '*' : scope.accountIds.join(',')}`;
    const hit = cache?.get(key);
    if (hit) return hit;
    const computed = periodFigures(tables, p, scope, today);
    cache?.set(key, computed);
    return computed;
  };
  return { version: 1, compiledAt, scope, current: figuresOf(period), previous: figuresOf(shiftPeriod(period, -1)) };
}

/** A change between periods: the difference, and the relative change when the earlier value was not zero. */
export type Change = { current: number | null; previous: number | null; delta: number | null; relative: number | null };

export function change(current: number | null, previous: number | null): Change {
  if (current === null || previous === null) return { current, previous, delta: null, relative: null };
  return { current, previous, delta: Math.round((current - previous) * 10_000) / 10_000, relative: previous === 0 ? null : (current - previous) / Math.abs(previous) };
}

/** The headline figures as rows: key, the two values and the change. The page, the Word tables and the tests read these. */
export const headlineKeys = [
  'accounts.active', 'accounts.new', 'accounts.lost', 'accounts.red', 'accounts.amber',
  'money.billed', 'money.collected', 'money.overdue', 'money.collectionRate',
  'pitches.decided', 'pitches.won', 'pitches.lost', 'pitches.winRate', 'pitches.valueWon',
  'briefs.issued', 'briefs.approved', 'briefs.averageVersionsToApproval',
  'team.headcount', 'team.evaluationsDone',
] as const;
export type HeadlineKey = (typeof headlineKeys)[number];

function valueOf(f: PeriodFigures, key: HeadlineKey): number | null {
  switch (key) {
    case 'accounts.active': return f.accounts.active;
    case 'accounts.new': return f.accounts.new;
    case 'accounts.lost': return f.accounts.lost;
    case 'accounts.red': return f.accounts.health.red;
    case 'accounts.amber': return f.accounts.health.amber;
    case 'money.billed': return f.money.billed;
    case 'money.collected': return f.money.collected;
    case 'money.overdue': return f.money.overdue;
    case 'money.collectionRate': return f.money.collectionRate;
    case 'pitches.decided': return f.pitches.decided;
    case 'pitches.won': return f.pitches.won;
    case 'pitches.lost': return f.pitches.lost;
    case 'pitches.winRate': return f.pitches.winRate;
    case 'pitches.valueWon': return f.pitches.valueWon;
    case 'briefs.issued': return f.briefs.issued;
    case 'briefs.approved': return f.briefs.approved;
    case 'briefs.averageVersionsToApproval': return f.briefs.averageVersionsToApproval;
    case 'team.headcount': return f.team.headcount;
    case 'team.evaluationsDone': return f.team.evaluationsDone;
  }
}

export function headlines(figures: ReportFigures): ({ key: HeadlineKey } & Change)[] {
  return headlineKeys.map((key) => ({ key, ...change(valueOf(figures.current, key), valueOf(figures.previous, key)) }));
}

/** Team dimension averages beside the previous period's. */
export function dimensionChanges(figures: ReportFigures): ({ key: string; nameZh: string; nameEn: string } & Change)[] {
  return figures.current.team.dimensions.map((d) => ({ key: d.key, nameZh: d.nameZh, nameEn: d.nameEn, ...change(d.average, figures.previous.team.dimensions.find((p) => p.key === d.key)?.average ?? null) }));
}

/** A frozen snapshot read back: the object finalising stored, or null when it is not one (an old or foreign shape). */
export function readSnapshot(snapshot: Report['snapshot']): ReportFigures | null {
  if (!snapshot || snapshot.version !== 1 || typeof snapshot.current !== 'object' || typeof snapshot.previous !== 'object') return null;
  // Written by compileReport and stored as JSON; the version mark is the contract.
  return snapshot as unknown as ReportFigures;
}

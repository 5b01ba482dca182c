// What the dashboard asks the account director to look at today, and the agenda of the coming days — pure, `today` injected.
import { addDays, endOfISOWeek, format, parseISO } from 'date-fns';
import type { Account } from '../model/account';
import type { Brief } from '../model/brief';
import type { Evaluation } from '../model/evaluation';
import type { Interaction } from '../model/interaction';
import type { Invoice } from '../model/invoice';
import type { Member } from '../model/member';
import type { Pitch } from '../model/pitch';
import { openFollowUps, overdueInvoices } from './account-follow-ups';
import { isEvaluated } from './evaluation-round';
import { DEFAULT_STALE_DAYS, daysSinceActivity, isOpenPitch, isStalled } from './pitch-pipeline';
import { quarterOf } from './quarters';

export type DeskInput = {
  today: string;
  accounts: readonly Account[];
  interactions: readonly Interaction[];
  invoices: readonly Invoice[];
  briefs: readonly Brief[];
  pitches: readonly Pitch[];
  members: readonly Member[];
  evaluations: readonly Evaluation[];
  staleDays?: number;
};

/** One thing to look at. `what` names it (task, title, number…); the UI words the rest from `type` and the figures. */
export type AttentionItem =
  | { type: 'pitch-round'; key: string; href: string; pitch: Pitch; brand: string; stage: string; date: string; days: number }
  | { type: 'prep-item'; key: string; href: string; pitch: Pitch; brand: string; task: string; date: string; days: number; overdue: boolean }
  | { type: 'brief-approval'; key: string; href: string; brief: Brief; brand: string; since: string }
  | { type: 'follow-up'; key: string; href: string; interaction: Interaction; brand: string; date: string; daysLate: number }
  | { type: 'evaluation-due'; key: string; href: string; member: Member; evaluation: Evaluation | null; quarter: string }
  | { type: 'invoice-overdue'; key: string; href: string; invoice: Invoice; brand: string; outstanding: number; daysOverdue: number }
  | { type: 'pitch-stalled'; key: string; href: string; pitch: Pitch; brand: string; idleDays: number };

export type DeskAttention = {
  /** Pitch rounds dated from today to the end of the week, and open prep items due by then (late ones included). */
  thisWeek: AttentionItem[];
  briefsAwaitingApproval: AttentionItem[];
  overdueFollowUps: AttentionItem[];
  evaluationsDue: AttentionItem[];
  overdueInvoices: AttentionItem[];
  stalledPitches: AttentionItem[];
};

export type AgendaEntry = {
  key: string;
  date: string;
  type: 'follow-up' | 'prep-item' | 'pitch-round' | 'pitch-date' | 'pitch-key-date' | 'brief-presentation' | 'invoice-due';
  /** The record's own words: task, title, next step… */
  what: string;
  brand: string;
  href: string;
  /** For key dates, which one (review, redTeam, rehearsal, printPack); for rounds, the stage. */
  detail: string;
};

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const daysFrom = (today: string, day: string) => Math.round((parseISO(day).getTime() - parseISO(today).getTime()) / 86_400_000);

export const AGENDA_DAYS = 14;

/** The last day of `today`'s week (weeks run Monday to Sunday, as calendars in China do). */
export function weekEnd(today: string): string {
  return iso(endOfISOWeek(parseISO(today)));
}

export function deskAttention(input: DeskInput): DeskAttention {
  const { today } = input;
  const brands = new Map(input.accounts.filter((a) => a.deletedAt === null).map((a) => [a.id, a.brand]));
  const brandOf = (id: string) => brands.get(id) ?? '';
  const liveAccount = (id: string) => brands.has(id);
  const end = weekEnd(today);
  const pitches = input.pitches.filter((p) => p.deletedAt === null && liveAccount(p.accountId));
  const open = pitches.filter((p) => isOpenPitch(p));

  const thisWeek: AttentionItem[] = [];
  for (const pitch of open) {
    const href = `/pitches/${pitch.id}`;
    for (const round of pitch.rounds) {
      if (round.date === null || round.date < today || round.date > end) continue;
      thisWeek.push({ type: 'pitch-round', key: `round:${pitch.id}:${round.id}`, href, pitch, brand: brandOf(pitch.accountId), stage: round.stage, date: round.date, days: daysFrom(today, round.date) });
    }
    for (const item of pitch.prepItems) {
      if (item.done || item.dueOn === null || item.dueOn > end) continue;
      thisWeek.push({ type: 'prep-item', key: `prep:${pitch.id}:${item.id}`, href, pitch, brand: brandOf(pitch.accountId), task: item.task, date: item.dueOn, days: daysFrom(today, item.dueOn), overdue: item.dueOn < today });
    }
  }
  thisWeek.sort((a, b) => dateOf(a).localeCompare(dateOf(b)));

  const briefsAwaitingApproval: AttentionItem[] = input.briefs
    .filter((b) => b.deletedAt === null && b.status === 'internal-review' && liveAccount(b.accountId))
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt))
    .map((brief) => ({ type: 'brief-approval', key: `brief:${brief.id}`, href: `/briefs/${brief.id}`, brief, brand: brandOf(brief.accountId), since: brief.updatedAt.slice(0, 10) }));

  const overdueFollowUps: AttentionItem[] = openFollowUps(input.interactions.filter((i) => liveAccount(i.accountId)), today)
    .filter((f) => f.overdue)
    .map((f) => ({ type: 'follow-up', key: `follow-up:${f.interaction.id}`, href: `/accounts/${f.interaction.accountId}`, interaction: f.interaction, brand: brandOf(f.interaction.accountId), date: f.dueOn, daysLate: f.daysLate }));

  const quarter = quarterOf(today) ?? '';
  const settled = new Map<string, Evaluation>();
  for (const e of input.evaluations) {
    if (e.deletedAt !== null || e.quarter !== quarter) continue;
    const earlier = settled.get(e.memberId);
    if (!earlier || earlier.updatedAt <= e.updatedAt) settled.set(e.memberId, e);
  }
  const evaluationsDue: AttentionItem[] = input.members
    .filter((m) => isEvaluated(m, quarter))
    .filter((m) => {
      const e = settled.get(m.id);
      return !e || e.status === 'draft';
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
    .map((member) => {
      const evaluation = settled.get(member.id) ?? null;
      return { type: 'evaluation-due', key: `evaluation:${member.id}`, href: evaluation ? `/evaluations/${evaluation.id}` : '/evaluations', member, evaluation, quarter };
    });

  const overdue: AttentionItem[] = overdueInvoices(input.invoices.filter((i) => liveAccount(i.accountId)), today).map((o) => ({
    type: 'invoice-overdue', key: `invoice:${o.invoice.id}`, href: `/accounts/${o.invoice.accountId}`, invoice: o.invoice, brand: brandOf(o.invoice.accountId), outstanding: o.outstanding, daysOverdue: o.daysOverdue,
  }));

  const staleDays = input.staleDays ?? DEFAULT_STALE_DAYS;
  const stalledPitches: AttentionItem[] = open
    .filter((p) => isStalled(p, today, staleDays))
    .map((pitch) => ({ type: 'pitch-stalled' as const, key: `stalled:${pitch.id}`, href: `/pitches/${pitch.id}`, pitch, brand: brandOf(pitch.accountId), idleDays: daysSinceActivity(pitch, today) }))
    .sort((a, b) => b.idleDays - a.idleDays);

  return { thisWeek, briefsAwaitingApproval, overdueFollowUps, evaluationsDue, overdueInvoices: overdue, stalledPitches };
}

function dateOf(item: AttentionItem): string {
  return 'date' in item ? item.date : '';
}

/** Everything dated from today through the next `AGENDA_DAYS - 1` days, by date. */
export function deskAgenda(input: DeskInput, days: number = AGENDA_DAYS): AgendaEntry[] {
  const { today } = input;
  const last = iso(addDays(parseISO(today), days - 1));
  const inRange = (d: string | null): d is string => d !== null && d >= today && d <= last;
  const brands = new Map(input.accounts.filter((a) => a.deletedAt === null).map((a) => [a.id, a.brand]));
  const out: AgendaEntry[] = [];

  for (const f of openFollowUps(input.interactions.filter((i) => brands.has(i.accountId)), today, { dueBy: last })) {
    if (!inRange(f.dueOn)) continue;
    const i = f.interaction;
    out.push({ key: `follow-up:${i.id}`, date: f.dueOn, type: 'follow-up', what: i.nextStep || i.summary, brand: brands.get(i.accountId) ?? '', href: `/accounts/${i.accountId}`, detail: '' });
  }
  for (const p of input.pitches) {
    if (p.deletedAt !== null || !brands.has(p.accountId) || !isOpenPitch(p)) continue;
    const brand = brands.get(p.accountId) ?? '';
    const href = `/pitches/${p.id}`;
    if (inRange(p.pitchDate)) out.push({ key: `pitch-date:${p.id}`, date: p.pitchDate, type: 'pitch-date', what: p.title, brand, href, detail: '' });
    for (const r of p.rounds) if (inRange(r.date)) out.push({ key: `round:${p.id}:${r.id}`, date: r.date, type: 'pitch-round', what: p.title, brand, href, detail: r.stage });
    for (const item of p.prepItems) if (!item.done && inRange(item.dueOn)) out.push({ key: `prep:${p.id}:${item.id}`, date: item.dueOn, type: 'prep-item', what: item.task, brand, href, detail: p.title });
    const keyDates = [['review', p.reviewOn], ['redTeam', p.redTeamOn], ['rehearsal', p.rehearsalOn], ['printPack', p.printPackOn]] as const;
    for (const [which, d] of keyDates) if (inRange(d)) out.push({ key: `key:${p.id}:${which}`, date: d, type: 'pitch-key-date', what: p.title, brand, href, detail: which });
  }
  for (const b of input.briefs) {
    if (b.deletedAt !== null || !brands.has(b.accountId) || b.status === 'archived' || b.status === 'superseded') continue;
    if (inRange(b.presentationDate)) out.push({ key: `brief:${b.id}`, date: b.presentationDate, type: 'brief-presentation', what: b.title, brand: brands.get(b.accountId) ?? '', href: `/briefs/${b.id}`, detail: '' });
  }
  for (const inv of input.invoices) {
    if (inv.deletedAt !== null || !brands.has(inv.accountId) || !inRange(inv.dueOn)) continue;
    const paid = inv.receipts.reduce((s, r) => s + r.amount, 0) >= inv.amount;
    if (!paid) out.push({ key: `invoice:${inv.id}`, date: inv.dueOn, type: 'invoice-due', what: inv.number, brand: brands.get(inv.accountId) ?? '', href: `/accounts/${inv.accountId}`, detail: '' });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.type.localeCompare(b.type) || a.what.localeCompare(b.what, 'zh-CN'));
}

/** Follow-ups and prep items due on `today`, for the reminders. */
export function dueToday(input: Pick<DeskInput, 'today' | 'accounts' | 'interactions' | 'pitches'>): AgendaEntry[] {
  return deskAgenda({ ...input, invoices: [], briefs: [], members: [], evaluations: [] }, 1).filter((e) => e.type === 'follow-up' || e.type === 'prep-item');
}

// Per-account figures for lists and documents — money, health, last contact, team lead, follow-ups — in one pass over
// whole tables (grouped by account), so a list of hundreds of accounts never runs a query per row.
import { parseISO, subDays, format } from 'date-fns';
import type { Account } from '../model/account';
import type { Brief, BriefVersion } from '../model/brief';
import type { Contact } from '../model/contact';
import type { Interaction } from '../model/interaction';
import type { Invoice } from '../model/invoice';
import type { Assignment, Member } from '../model/member';
import type { Pitch } from '../model/pitch';
import { computeHealth, healthRules, type AccountHealth } from './health';
import { accountMoney, type CurrencyMoney } from './money';
import { openFollowUps } from './account-follow-ups';
import { pitchWeightedValue } from './pitch-pipeline';

export type AccountTables = {
  accounts: readonly Account[];
  contacts: readonly Contact[];
  interactions: readonly Interaction[];
  invoices: readonly Invoice[];
  pitches: readonly Pitch[];
  assignments: readonly Assignment[];
  members: readonly Member[];
  briefs?: readonly Brief[];
  /** Only versions saved within the revision window matter; passing just those is enough. */
  briefVersions?: readonly BriefVersion[];
};

export type AccountFigures = {
  money: CurrencyMoney[];
  /** The main currency's money (the most billed), or null when nothing was billed yet. */
  mainMoney: CurrencyMoney | null;
  health: AccountHealth;
  /** The latest day anyone spoke with the client, from the log and the contacts' own dates (not after today). */
  lastContact: string | null;
  /** The current team lead, if any. */
  lead: Member | null;
  openFollowUps: number;
  overdueFollowUps: number;
};

/** A live assignment on `today`: not in the trash, started (or no start given) and not yet ended. */
export function isCurrentAssignment(assignment: Assignment, today: string): boolean {
  return assignment.deletedAt === null && (assignment.since === null || assignment.since <= today) && (assignment.until === null || assignment.until >= today);
}

/** The first day of the brief-revision window that ends on `today`. */
export function revisionWindowStart(today: string): string {
  return format(subDays(parseISO(today), healthRules.briefRevisionsWindowDays), 'yyyy-MM-dd');
}

/** Briefs still in play: rewrites of a superseded or archived brief say nothing about the client today. */
export const REVISED_BRIEF_STATUSES: ReadonlySet<Brief['status']> = new Set(['draft', 'internal-review', 'approved', 'client-approved']);

/**
 * The briefs that could trip the revision rule: live, in play, changed within the window and with at least as many
 * versions as the rule asks for. Exact, because saving a version also stamps the brief; it lets a caller read the
 * versions of these few briefs only.
 */
export function revisionCandidates(briefs: readonly Brief[], today: string): Brief[] {
  const from = revisionWindowStart(today);
  return briefs.filter(
    (b) => b.deletedAt === null && REVISED_BRIEF_STATUSES.has(b.status) && b.currentVersion >= healthRules.briefRevisionsAmber && b.updatedAt.slice(0, 10) >= from,
  );
}

/**
 * Versions saved per brief within the revision window, for the health rule on briefs the client keeps changing.
 * Only live briefs still in play count; versions are matched to briefs by id.
 */
export function briefRevisionCounts(briefs: readonly Brief[], versions: readonly BriefVersion[], today: string): { briefId: string; title: string; versions: number }[] {
  const from = revisionWindowStart(today);
  const counts = new Map<string, number>();
  for (const version of versions) {
    const day = version.savedAt.slice(0, 10);
    if (version.deletedAt !== null || day < from || day > today) continue;
    counts.set(version.briefId, (counts.get(version.briefId) ?? 0) + 1);
  }
  return briefs
    .filter((b) => b.deletedAt === null && REVISED_BRIEF_STATUSES.has(b.status) && counts.has(b.id))
    .map((b) => ({ briefId: b.id, title: b.title, versions: counts.get(b.id) ?? 0 }));
}

/** The latest day of contact with an account's client: log entries and contacts' last-contact dates, up to today. */
export function lastContactOf(contacts: readonly Contact[], interactions: readonly Interaction[], today: string): string | null {
  let last: string | null = null;
  const note = (day: string | null) => {
    if (day !== null && day <= today && (last === null || day > last)) last = day;
  };
  for (const c of contacts) if (c.deletedAt === null) note(c.lastContactOn);
  for (const i of interactions) if (i.deletedAt === null) note(i.date);
  return last;
}

/** Live records grouped by their account. */
export const liveByAccount = <T extends { accountId: string; deletedAt: string | null }>(rows: readonly T[]): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    if (row.deletedAt !== null) continue;
    const list = map.get(row.accountId);
    if (list) list.push(row);
    else map.set(row.accountId, [row]);
  }
  return map;
};

/** An account's current team lead (the last current lead assignment of a live member), from its assignments. */
export function currentLead(assignments: readonly Assignment[], memberById: ReadonlyMap<string, Member>, today: string): Member | null {
  let lead: Member | null = null;
  for (const a of assignments) {
    if (a.role !== 'lead' || !isCurrentAssignment(a, today)) continue;
    const member = memberById.get(a.memberId);
    if (member && member.deletedAt === null) lead = member;
  }
  return lead;
}

/** The figures of one account from its own records (all of the same account). */
export function figuresOf(
  account: Account,
  records: {
    contacts: readonly Contact[];
    interactions: readonly Interaction[];
    invoices: readonly Invoice[];
    pitches: readonly Pitch[];
    assignments: readonly Assignment[];
    briefRevisions?: readonly { title: string; versions: number }[];
  },
  memberById: ReadonlyMap<string, Member>,
  today: string,
): AccountFigures {
  const money = accountMoney(records.invoices, today);
  const health = computeHealth({ account, contacts: records.contacts, interactions: records.interactions, invoices: records.invoices, pitches: records.pitches, briefRevisions: records.briefRevisions ?? [], today });
  const lead = currentLead(records.assignments, memberById, today);
  const followUps = openFollowUps(records.interactions, today);
  return {
    money,
    mainMoney: money[0] ?? null,
    health,
    lastContact: lastContactOf(records.contacts, records.interactions, today),
    lead,
    openFollowUps: followUps.length,
    overdueFollowUps: followUps.filter((f) => f.overdue).length,
  };
}

/** Every live account's figures, keyed by account id: one pass per table, then one computation per account. */
export function accountFigures(tables: AccountTables, today: string): Map<string, AccountFigures> {
  const contacts = liveByAccount(tables.contacts);
  const interactions = liveByAccount(tables.interactions);
  const invoices = liveByAccount(tables.invoices);
  const pitches = liveByAccount(tables.pitches);
  const assignments = liveByAccount(tables.assignments);
  const memberById = new Map(tables.members.map((m) => [m.id, m]));
  const revisions = new Map<string, { title: string; versions: number }[]>();
  if (tables.briefs && tables.briefVersions) {
    const accountOfBrief = new Map(tables.briefs.map((b) => [b.id, b.accountId]));
    for (const row of briefRevisionCounts(tables.briefs, tables.briefVersions, today)) {
      const accountId = accountOfBrief.get(row.briefId);
      if (accountId === undefined) continue;
      const list = revisions.get(accountId);
      if (list) list.push(row);
      else revisions.set(accountId, [row]);
    }
  }
  const figures = new Map<string, AccountFigures>();
  for (const account of tables.accounts) {
    if (account.deletedAt !== null) continue;
    figures.set(
      account.id,
      figuresOf(
        account,
        {
          contacts: contacts.get(account.id) ?? [],
          interactions: interactions.get(account.id) ?? [],
          invoices: invoices.get(account.id) ?? [],
          pitches: pitches.get(account.id) ?? [],
          assignments: assignments.get(account.id) ?? [],
          briefRevisions: revisions.get(account.id) ?? [],
        },
        memberById,
        today,
      ),
    );
  }
  return figures;
}

/** A pitch's weighted value (the pipeline's rule), or null when no fee is estimated, so a list can show "—". */
export function weightedValue(pitch: Pick<Pitch, 'estimatedAnnualFee' | 'probability'>): number | null {
  return pitch.estimatedAnnualFee === null ? null : pitchWeightedValue(pitch);
}

/** The reason that decides an account's level (the override's own reason when set): what a tooltip shows first. */
export function mainHealthReason(health: AccountHealth): AccountHealth['reasons'][number] | null {
  return health.reasons.find((r) => r.level === health.level) ?? health.reasons[0] ?? null;
}

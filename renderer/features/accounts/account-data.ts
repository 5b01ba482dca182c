// Reads for the account area through the repositories: the list's rows (figures in one pass over the tables) and one
// account with everything linked to it.
import type { Account } from '@shared/model/account';
import type { Brief, BriefVersion } from '@shared/model/brief';
import type { Contact } from '@shared/model/contact';
import type { Interaction } from '@shared/model/interaction';
import type { Invoice } from '@shared/model/invoice';
import type { Assignment, Member } from '@shared/model/member';
import type { Pitch } from '@shared/model/pitch';
import { accountFigures, briefRevisionCounts, currentLead, figuresOf, liveByAccount, revisionCandidates, type AccountFigures } from '@shared/metrics/account-figures';
import { repos } from '../../db';

export type AccountRow = Account & {
  /** null while the list shows the accounts before their figures, which read every table, have arrived. */
  figures: AccountFigures | null;
  /** Flattened for sorting and filtering: the main currency's 回款率, the health level, last contact and lead's name. */
  collectionRate: number | null;
  health: AccountFigures['health']['level'] | null;
  lastContact: string | null;
  lead: string;
};

/** Versions of the briefs that could trip the revision rule (usually none or a few), not of every brief. */
async function recentVersions(briefs: readonly Brief[], today: string): Promise<BriefVersion[]> {
  const candidates = revisionCandidates(briefs, today);
  if (candidates.length === 0) return [];
  return repos().briefVersions.listByAny('briefId', candidates.map((b) => b.id));
}

/**
 * Every live account with its lead but without figures: three small tables, so the list shows its rows at once while
 * `readAccountRows` reads the rest.
 */
export async function readAccountBasics(today: string): Promise<AccountRow[]> {
  const r = repos();
  const [accounts, assignments, members] = await Promise.all([r.accounts.list(), r.assignments.list(), r.members.list()]);
  const memberById = new Map(members.map((m) => [m.id, m]));
  const assignmentsOf = liveByAccount(assignments);
  return accounts.map((account) => ({
    ...account,
    figures: null,
    collectionRate: null,
    health: null,
    lastContact: null,
    lead: currentLead(assignmentsOf.get(account.id) ?? [], memberById, today)?.name ?? '',
  }));
}

/** Every live account with its figures as of `today`: each table read once and grouped by account. */
export async function readAccountRows(today: string): Promise<AccountRow[]> {
  const r = repos();
  const [accounts, contacts, interactions, invoices, pitches, assignments, members, briefs] = await Promise.all([
    r.accounts.list(),
    r.contacts.list(),
    r.interactions.list(),
    r.invoices.list(),
    r.pitches.list(),
    r.assignments.list(),
    r.members.list(),
    r.briefs.listByStatus('draft', 'internal-review', 'approved', 'client-approved'),
  ]);
  const briefVersions = await recentVersions(briefs, today);
  const figures = accountFigures({ accounts, contacts, interactions, invoices, pitches, assignments, members, briefs, briefVersions }, today);
  return accounts.flatMap((account) => {
    const f = figures.get(account.id);
    if (!f) return [];
    return [{ ...account, figures: f, collectionRate: f.mainMoney?.collectionRate ?? null, health: f.health.level, lastContact: f.lastContact, lead: f.lead?.name ?? '' }];
  });
}

export type AccountPageData = {
  account: Account;
  contacts: Contact[];
  interactions: Interaction[];
  invoices: Invoice[];
  assignments: Assignment[];
  /** Every live member (the team picker offers the active ones; past assignments may name inactive ones). */
  members: Member[];
  briefs: Brief[];
  pitches: Pitch[];
  figures: AccountFigures;
  today: string;
};

/** One account and everything linked to it, or null when it does not exist or is in the trash. */
export async function readAccountPage(id: string, today: string): Promise<AccountPageData | null> {
  const r = repos();
  const account = await r.accounts.get(id);
  if (!account || account.deletedAt) return null;
  const [contacts, interactions, invoices, assignments, members, briefs, pitches] = await Promise.all([
    r.contacts.listByAccount(id),
    r.interactions.listByAccount(id),
    r.invoices.listByAccount(id),
    r.assignments.listByAccount(id),
    r.members.list(),
    r.briefs.listByAccount(id),
    r.pitches.listByAccount(id),
  ]);
  const versions = await recentVersions(briefs, today);
  const figures = figuresOf(
    account,
    { contacts, interactions, invoices, pitches, assignments, briefRevisions: briefRevisionCounts(briefs, versions, today) },
    new Map(members.map((m) => [m.id, m])),
    today,
  );
  return { account, contacts, interactions, invoices, assignments, members, briefs, pitches, figures, today };
}

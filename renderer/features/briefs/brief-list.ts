// The briefs list's rows (a brief with its account and owner names) and the filters above the table: account, status, owner, date range.
import type { Brief, BriefStatus } from '@shared/model/brief';
import { approvalState, type ApprovalState } from '@shared/metrics/brief-status';
import type { Account } from '@shared/model/account';
import type { Member } from '@shared/model/member';
import type { Repositories } from '../../db';

export type BriefRow = Pick<Brief, 'id' | 'title' | 'project' | 'jobNumber' | 'status' | 'briefDate' | 'presentationDate' | 'currentVersion' | 'approvedVersion' | 'updatedAt' | 'accountId' | 'ownerId'> & {
  accountName: string;
  ownerName: string;
  approval: ApprovalState;
};

export async function readBriefRows(r: Repositories): Promise<BriefRow[]> {
  const [briefs, accounts, members] = await Promise.all([r.briefs.list(), r.accounts.list(), r.members.list()]);
  return toBriefRows(briefs, accounts, members);
}

/**
 * The briefs changed last, as rows: what the list shows first (in its default order) while `readBriefRows` reads
 * every brief, which on years of work takes most of a second.
 */
export async function readRecentBriefRows(r: Repositories, limit: number): Promise<BriefRow[]> {
  const [briefs, accounts, members] = await Promise.all([r.briefs.listRecent(limit), r.accounts.list(), r.members.list()]);
  return toBriefRows(briefs, accounts, members);
}

function toBriefRows(briefs: readonly Brief[], accounts: readonly Account[], members: readonly Member[]): BriefRow[] {
  const accountNames = new Map(accounts.map((a) => [a.id, a.brand]));
  const memberNames = new Map(members.map((m) => [m.id, m.name]));
  return briefs.map((brief) => ({
    id: brief.id,
    title: brief.title,
    project: brief.project,
    jobNumber: brief.jobNumber,
    status: brief.status,
    briefDate: brief.briefDate,
    presentationDate: brief.presentationDate,
    currentVersion: brief.currentVersion,
    approvedVersion: brief.approvedVersion,
    updatedAt: brief.updatedAt,
    accountId: brief.accountId,
    ownerId: brief.ownerId,
    accountName: accountNames.get(brief.accountId) ?? '',
    ownerName: brief.ownerId ? (memberNames.get(brief.ownerId) ?? '') : '',
    approval: approvalState(brief),
  }));
}

export const dateFields = ['presentationDate', 'briefDate', 'updatedAt'] as const;
export type DateField = (typeof dateFields)[number];

/** '' means "any"; `NO_OWNER` picks briefs without an owner. Dates are `YYYY-MM-DD`, both ends included. */
export type BriefFilters = { accountId: string; status: BriefStatus | ''; ownerId: string; dateField: DateField; from: string; to: string };

export const NO_OWNER = '__none__';

export const emptyFilters: BriefFilters = { accountId: '', status: '', ownerId: '', dateField: 'presentationDate', from: '', to: '' };

export function isFiltering(filters: BriefFilters): boolean {
  return filters.accountId !== '' || filters.status !== '' || filters.ownerId !== '' || filters.from !== '' || filters.to !== '';
}

/** The rows the filters let through. A brief without the chosen date is left out once a date range is set. */
export function filterBriefRows<T extends BriefRow>(rows: readonly T[], filters: BriefFilters): T[] {
  const from = filters.from;
  const to = filters.to;
  return rows.filter((row) => {
    if (filters.accountId && row.accountId !== filters.accountId) return false;
    if (filters.status && row.status !== filters.status) return false;
    if (filters.ownerId === NO_OWNER ? row.ownerId !== null : filters.ownerId && row.ownerId !== filters.ownerId) return false;
    if (from || to) {
      const raw = row[filters.dateField];
      // Last change is an instant; the range is in calendar days, so compare its day.
      const day = raw ? raw.slice(0, 10) : null;
      if (!day) return false;
      if (from && day < from) return false;
      if (to && day > to) return false;
    }
    return true;
  });
}

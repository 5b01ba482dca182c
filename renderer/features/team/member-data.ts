// What a member's page reads: the member, their reporting line, their account assignments, and the briefs, pitches
// and evaluations that name them; plus what the page needs to tell current from past assignments.
import { format } from 'date-fns';
import type { Account } from '@shared/model/account';
import type { Brief } from '@shared/model/brief';
import type { Evaluation } from '@shared/model/evaluation';
import type { Assignment, Member } from '@shared/model/member';
import type { Pitch } from '@shared/model/pitch';
import { evaluationScore, type EvaluationScore } from '@shared/metrics/evaluation-score';
import { repos } from '../../db';

export type BriefRole = 'owner' | 'strategist' | 'creativeLead';
export type PitchRole = { kind: 'owner' } | { kind: 'team'; role: string };

export type AssignmentRow = { assignment: Assignment; account: Account | undefined };

export type MemberPageData = {
  member: Member;
  manager: Member | undefined;
  reports: Member[];
  current: AssignmentRow[];
  past: AssignmentRow[];
  briefs: { brief: Brief; roles: BriefRole[]; account: Account | undefined }[];
  pitches: { pitch: Pitch; roles: PitchRole[]; account: Account | undefined }[];
  /** Scored by the same rule as the evaluation pages (shared/metrics), so the figures agree everywhere. */
  evaluations: { evaluation: Evaluation; evaluator: Member | undefined; score: EvaluationScore }[];
};

/** Today as a calendar day in the user's time zone. */
export function today(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

/** An assignment is current until its end date: one ended today is already history (its end date is set in advance). */
export function isCurrent(assignment: Pick<Assignment, 'until'>, day: string = today()): boolean {
  return assignment.until === null || assignment.until > day;
}

const byName = (a: Member, b: Member) => a.name.localeCompare(b.name, 'zh-CN');

export async function readMemberPage(id: string): Promise<MemberPageData | null> {
  const r = repos();
  const member = await r.members.get(id);
  if (!member || member.deletedAt) return null;
  const [manager, reports, assignments, owned, strategised, led, allPitches, evaluations] = await Promise.all([
    member.managerId ? r.members.get(member.managerId) : Promise.resolve(undefined),
    r.members.listReportsOf(id),
    r.assignments.listByMember(id),
    r.briefs.listBy('ownerId', id),
    r.briefs.listBy('strategistId', id),
    r.briefs.listBy('creativeLeadId', id),
    // Team rows are nested, so no index finds them; a member's page is opened one at a time.
    r.pitches.list(),
    r.evaluations.listByMember(id),
  ]);

  const briefRoles = new Map<string, { brief: Brief; roles: BriefRole[] }>();
  const noteBrief = (brief: Brief, role: BriefRole) => {
    const entry = briefRoles.get(brief.id) ?? { brief, roles: [] };
    entry.roles.push(role);
    briefRoles.set(brief.id, entry);
  };
  for (const brief of owned) noteBrief(brief, 'owner');
  for (const brief of strategised) noteBrief(brief, 'strategist');
  for (const brief of led) noteBrief(brief, 'creativeLead');

  const pitches: { pitch: Pitch; roles: PitchRole[] }[] = [];
  for (const pitch of allPitches) {
    const roles: PitchRole[] = [];
    if (pitch.ownerId === id) roles.push({ kind: 'owner' });
    for (const row of pitch.team) if (row.memberId === id) roles.push({ kind: 'team', role: row.role });
    if (roles.length > 0) pitches.push({ pitch, roles });
  }

  const accountIds = new Set<string>([
    ...assignments.map((a) => a.accountId),
    ...[...briefRoles.values()].map((b) => b.brief.accountId),
    ...pitches.map((p) => p.pitch.accountId),
  ]);
  const evaluatorIds = new Set(evaluations.flatMap((e) => (e.evaluatorId ? [e.evaluatorId] : [])));
  const [accounts, evaluators] = await Promise.all([r.accounts.getMany([...accountIds]), r.members.getMany([...evaluatorIds])]);
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  const evaluatorById = new Map(evaluators.map((m) => [m.id, m]));

  const day = today();
  const rows = assignments.map((assignment) => ({ assignment, account: accountById.get(assignment.accountId) }));
  const brand = (row: AssignmentRow) => row.account?.brand ?? '';
  const current = rows.filter((row) => isCurrent(row.assignment, day)).sort((a, b) => brand(a).localeCompare(brand(b), 'zh-CN'));
  const past = rows
    .filter((row) => !isCurrent(row.assignment, day))
    .sort((a, b) => (b.assignment.until ?? '').localeCompare(a.assignment.until ?? ''));

  const newestFirst = (a: string | null, b: string | null) => (b ?? '').localeCompare(a ?? '');
  return {
    member,
    manager: manager && !manager.deletedAt ? manager : undefined,
    reports: [...reports].sort(byName),
    current,
    past,
    briefs: [...briefRoles.values()]
      .map((entry) => ({ ...entry, account: accountById.get(entry.brief.accountId) }))
      .sort((a, b) => newestFirst(a.brief.presentationDate ?? a.brief.briefDate, b.brief.presentationDate ?? b.brief.briefDate)),
    pitches: pitches
      .map((entry) => ({ ...entry, account: accountById.get(entry.pitch.accountId) }))
      .sort((a, b) => newestFirst(a.pitch.pitchDate, b.pitch.pitchDate)),
    evaluations: [...evaluations]
      .reverse()
      .map((evaluation) => ({
        evaluation,
        evaluator: evaluation.evaluatorId ? evaluatorById.get(evaluation.evaluatorId) : undefined,
        score: evaluationScore(evaluation),
      })),
  };
}

/** Accounts the member can be assigned to now: live, and not already on their current list. */
export async function readAssignableAccounts(memberId: string): Promise<Account[]> {
  const r = repos();
  const [accounts, assignments] = await Promise.all([r.accounts.list(), r.assignments.listByMember(memberId)]);
  const day = today();
  const taken = new Set(assignments.filter((a) => isCurrent(a, day)).map((a) => a.accountId));
  return accounts.filter((a) => !taken.has(a.id)).sort((a, b) => a.brand.localeCompare(b.brand, 'zh-CN'));
}

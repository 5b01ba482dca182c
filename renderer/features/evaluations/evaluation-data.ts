// Reads for the evaluation pages: a quarter's round, and one evaluation with what its form shows beside it (members,
// last quarter's evaluation, evidence, trend). All through the repositories; the pages watch them with useLiveQuery.
import type { Evaluation } from '@shared/model/evaluation';
import type { Member } from '@shared/model/member';
import type { Settings } from '@shared/model/settings';
import { quarterOverview, type OverviewRow } from '@shared/metrics/evaluation-round';
import { evaluationEvidence, type EvaluationEvidence } from '@shared/metrics/evaluation-evidence';
import { memberTrend, type MemberTrend } from '@shared/metrics/evaluation-trend';
import { previousQuarter, quarterOf, quartersBetween, shiftQuarter, compareQuarters } from '@shared/metrics/quarters';
import { repos } from '../../db';

export type QuarterData = {
  quarter: string;
  rows: OverviewRow[];
  members: Member[];
  /** The quarter's evaluations. */
  evaluations: Evaluation[];
  /** Evaluations of the quarter before, for the goals a start carries over. */
  previousEvaluations: Evaluation[];
  settings: Settings;
};

export async function readQuarter(quarter: string): Promise<QuarterData> {
  const r = repos();
  const [members, current, previous, settings] = await Promise.all([
    r.members.list(),
    r.evaluations.listByQuarter(quarter),
    r.evaluations.listByQuarter(previousQuarter(quarter)),
    r.settings.get(),
  ]);
  return { quarter, rows: quarterOverview(quarter, members, current), members, evaluations: current, previousEvaluations: previous, settings };
}

/** Today's quarter on this machine. */
export function currentQuarter(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return quarterOf(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`) ?? '2026-Q1';
}

/** The quarters the quarter picker offers: a year back (or the first evaluated quarter) to one ahead, plus `selected`. */
export async function readQuarterChoices(selected: string): Promise<string[]> {
  const now = currentQuarter();
  const quarters = new Set(await repos().evaluations.listQuarters());
  quarters.add(selected);
  const sorted = [...quarters].sort(compareQuarters);
  const first = sorted[0] && compareQuarters(sorted[0], shiftQuarter(now, -4)) < 0 ? sorted[0] : shiftQuarter(now, -4);
  const lastKnown = sorted[sorted.length - 1] ?? now;
  const last = [shiftQuarter(now, 1), lastKnown].sort(compareQuarters)[1] ?? now;
  return quartersBetween(first, last).reverse();
}

const QUARTER_KEY = 'account-desk.evaluations.quarter';

/** The quarter last looked at in this session, so returning from an evaluation lands on the same round. */
export function rememberedQuarter(): string | null {
  try {
    const value = window.sessionStorage.getItem(QUARTER_KEY);
    return value && /^\d{4}-Q[1-4]$/.test(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberQuarter(quarter: string): void {
  try {
    window.sessionStorage.setItem(QUARTER_KEY, quarter);
  } catch {
    // Storage may be unavailable; the picker then starts from the default quarter.
  }
}

/**
 * The quarter to open with: today's when it has evaluations; otherwise last quarter's while its round still has
 * drafts (evaluations are written in the weeks after a quarter ends); otherwise today's.
 */
export async function defaultQuarter(): Promise<string> {
  const now = currentQuarter();
  const r = repos();
  if ((await r.evaluations.listByQuarter(now)).length > 0) return now;
  const last = await r.evaluations.listByQuarter(previousQuarter(now));
  return last.some((e) => e.status === 'draft') ? previousQuarter(now) : now;
}

export type EvaluationContext = {
  evaluation: Evaluation;
  member: Member | null;
  members: Member[];
  /** The member's evaluation of the quarter before, if any: the goals to review come from it. */
  previous: Evaluation | null;
  trend: MemberTrend;
};

/** One evaluation with what its form needs; re-read as the evaluation saves (so it reads no briefs or pitches). */
export async function readEvaluation(id: string): Promise<EvaluationContext | null> {
  const r = repos();
  const evaluation = await r.evaluations.get(id);
  if (!evaluation || evaluation.deletedAt) return null;
  const [members, history] = await Promise.all([r.members.list(), r.evaluations.listByMember(evaluation.memberId)]);
  const quarters = [...new Set(history.map((e) => e.quarter))];
  const team = await r.evaluations.listByQuarters(quarters);
  return {
    evaluation,
    member: members.find((m) => m.id === evaluation.memberId) ?? null,
    members,
    previous: history.find((e) => e.quarter === previousQuarter(evaluation.quarter)) ?? null,
    trend: memberTrend(evaluation.memberId, team, { upTo: evaluation.quarter }),
  };
}

/** The evidence of a member's quarter, read apart from the evaluation so saving the form does not re-read it. */
export async function readEvidence(memberId: string, quarter: string): Promise<EvaluationEvidence> {
  const r = repos();
  const [briefs, pitches, accounts] = await Promise.all([
    r.briefs.listBy('ownerId', memberId),
    // Pitch teams are not indexed by member; pitches are few enough to read whole.
    r.pitches.list(),
    r.accounts.list(),
  ]);
  return evaluationEvidence(memberId, quarter, { briefs, pitches, accounts });
}

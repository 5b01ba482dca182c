// A quarter's round of evaluations: who is evaluated, each one's status and progress, starting the round in one step
// (drafts carrying last quarter's goals), and the figures of the team's quarter summary.
import type { Evaluation } from '../model/evaluation';
import type { Framework } from '../model/framework';
import type { Member, MemberLevel } from '../model/member';
import { previousQuarter, quarterRange } from './quarters';
import {
  evaluationProgress,
  evaluationScore,
  ratingBands,
  roundScore,
  scoresByKey,
  type EvaluationProgress,
  type EvaluationScore,
  type RatingBand,
} from './evaluation-score';

/**
 * Levels that give input to evaluations rather than receive one from the account director: the strategy and creative
 * directors belong to their own departments.
 */
export const inputOnlyLevels: readonly MemberLevel[] = ['SD', 'CD', 'ECD'];

export const overviewStatuses = ['not-started', 'draft', 'final', 'shared'] as const;
export type OverviewStatus = (typeof overviewStatuses)[number];

export type OverviewRow = {
  member: Member;
  evaluation: Evaluation | null;
  status: OverviewStatus;
  score: EvaluationScore | null;
  progress: EvaluationProgress | null;
};

/**
 * True for a member a quarter's round is for: active, not a strategy or creative director, and joined by the end of
 * the quarter (so an old quarter does not list people hired since).
 */
export function isEvaluated(member: Member, quarter: string): boolean {
  if (member.deletedAt !== null || !member.active || inputOnlyLevels.includes(member.level)) return false;
  return member.joinedOn === null || member.joinedOn <= quarterRange(quarter).end;
}

/** One live evaluation per member of the quarter; should two exist, the later-written one stands. */
function latestByMember(evaluations: readonly Evaluation[], quarter: string): Map<string, Evaluation> {
  const out = new Map<string, Evaluation>();
  for (const e of evaluations) {
    if (e.deletedAt !== null || e.quarter !== quarter) continue;
    const earlier = out.get(e.memberId);
    if (!earlier || earlier.updatedAt <= e.updatedAt) out.set(e.memberId, e);
  }
  return out;
}

/**
 * The rows of the quarter overview: every evaluated member, plus anyone else who has an evaluation that quarter
 * (someone who left since keeps their record), ordered by name.
 */
export function quarterOverview(quarter: string, members: readonly Member[], evaluations: readonly Evaluation[]): OverviewRow[] {
  const byMember = latestByMember(evaluations, quarter);
  const rows: OverviewRow[] = [];
  for (const member of members) {
    if (member.deletedAt !== null) continue;
    const evaluation = byMember.get(member.id) ?? null;
    if (!evaluation && !isEvaluated(member, quarter)) continue;
    rows.push({
      member,
      evaluation,
      status: evaluation ? evaluation.status : 'not-started',
      score: evaluation ? evaluationScore(evaluation) : null,
      progress: evaluation ? evaluationProgress(evaluation) : null,
    });
  }
  return rows.sort((a, b) => a.member.name.localeCompare(b.member.name, 'zh-CN'));
}

export type GoalReview = Evaluation['previousGoalsReview'][number];

/** Last quarter's goals as review lines, not yet reviewed. */
export function carriedGoals(previous: Pick<Evaluation, 'goals'> | null | undefined): GoalReview[] {
  return (previous?.goals ?? []).map((g) => ({ goalId: g.id, text: g.text, result: 'unreviewed' as const, note: '' }));
}

/** A review list with last quarter's goals it does not hold yet added at the end; reviewed lines stay as they are. */
export function mergeCarriedGoals(review: readonly GoalReview[], previous: Pick<Evaluation, 'goals'> | null | undefined): GoalReview[] {
  const have = new Set(review.map((r) => r.goalId));
  return [...review, ...carriedGoals(previous).filter((g) => !have.has(g.goalId))];
}

/** What a new evaluation is saved from (the repository adds id and timestamps). */
export type EvaluationDraft = Pick<Evaluation, 'memberId' | 'quarter' | 'evaluatorId' | 'status' | 'framework' | 'scores' | 'previousGoalsReview'>;

/** A blank draft for a member and quarter, on a copy of the current framework, with last quarter's goals to review. */
export function newEvaluationDraft(member: Pick<Member, 'id' | 'managerId'>, quarter: string, framework: Framework, previous: Evaluation | null, activeIds: ReadonlySet<string>): EvaluationDraft {
  // A deep copy: the evaluation keeps this framework whatever settings later become.
  const copy = JSON.parse(JSON.stringify(framework)) as Framework;
  return {
    memberId: member.id,
    quarter,
    // The line manager evaluates, while they are still here; otherwise the user picks someone.
    evaluatorId: member.managerId && member.managerId !== member.id && activeIds.has(member.managerId) ? member.managerId : null,
    status: 'draft',
    framework: copy,
    scores: copy.dimensions.map((d) => ({ key: d.key, score: null, comment: '' })),
    previousGoalsReview: carriedGoals(previous),
  };
}

/**
 * The drafts that start a quarter: one for each evaluated member (or each of `only`, when given) without an
 * evaluation that quarter, using the current framework and carrying the goals of their previous quarter.
 */
export function planQuarterStart(input: {
  quarter: string;
  members: readonly Member[];
  /** The evaluations of the quarter and of the one before (others are ignored). */
  evaluations: readonly Evaluation[];
  framework: Framework;
  only?: ReadonlySet<string>;
}): EvaluationDraft[] {
  const current = latestByMember(input.evaluations, input.quarter);
  const previous = latestByMember(input.evaluations, previousQuarter(input.quarter));
  const activeIds = new Set(input.members.filter((m) => m.deletedAt === null && m.active).map((m) => m.id));
  return input.members
    .filter((m) => isEvaluated(m, input.quarter) && !current.has(m.id) && (input.only === undefined || input.only.has(m.id)))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
    .map((m) => newEvaluationDraft(m, input.quarter, input.framework, previous.get(m.id) ?? null, activeIds));
}

export type DimensionSummary = {
  key: string;
  nameZh: string;
  nameEn: string;
  /** The team's mean score on this dimension (two decimals); null when nobody was scored on it. */
  average: number | null;
  count: number;
  /** How many scored 1 or 2 here: a development need. */
  lowCount: number;
};

export type QuarterSummary = {
  quarter: string;
  rows: OverviewRow[];
  counts: Record<OverviewStatus, number>;
  /** Mean weighted score of the scored evaluations. */
  averageScore: number | null;
  scoredCount: number;
  bands: Record<RatingBand, number>;
  /** Dimensions in the order of the quarter's most used framework, then any others. */
  dimensions: DimensionSummary[];
  /** Complete evaluations with the highest scores, best first (at most `TOP_PERFORMERS`). */
  topPerformers: OverviewRow[];
  /** Scores of 1 or 2: who, where. */
  lowScores: { row: OverviewRow; key: string; score: number }[];
};

export const TOP_PERFORMERS = 3;

/** The figures of the team's quarter summary, from the overview rows. */
export function quarterSummary(quarter: string, rows: readonly OverviewRow[]): QuarterSummary {
  const counts = Object.fromEntries(overviewStatuses.map((s) => [s, 0])) as Record<OverviewStatus, number>;
  const bands = Object.fromEntries(ratingBands.map((b) => [b, 0])) as Record<RatingBand, number>;
  const scores: number[] = [];
  for (const row of rows) {
    counts[row.status]++;
    if (row.score?.score != null) scores.push(row.score.score);
    if (row.score?.band) bands[row.score.band]++;
  }

  // The framework most evaluations of the quarter use decides the column order.
  const frameworks = new Map<string, { framework: Framework; uses: number }>();
  for (const row of rows) {
    if (!row.evaluation) continue;
    const id = JSON.stringify(row.evaluation.framework.dimensions.map((d) => d.key));
    const entry = frameworks.get(id) ?? { framework: row.evaluation.framework, uses: 0 };
    entry.uses++;
    frameworks.set(id, entry);
  }
  const ordered = [...frameworks.values()].sort((a, b) => b.uses - a.uses);
  const dimensions: DimensionSummary[] = [];
  const seen = new Set<string>();
  for (const { framework } of ordered) {
    for (const d of framework.dimensions) {
      if (seen.has(d.key)) continue;
      seen.add(d.key);
      dimensions.push({ key: d.key, nameZh: d.nameZh, nameEn: d.nameEn, average: null, count: 0, lowCount: 0 });
    }
  }
  const lowScores: QuarterSummary['lowScores'] = [];
  const sums = new Map<string, number>();
  for (const row of rows) {
    if (!row.evaluation) continue;
    for (const [key, score] of scoresByKey(row.evaluation.framework, row.evaluation.scores)) {
      const d = dimensions.find((x) => x.key === key);
      if (!d) continue;
      d.count++;
      sums.set(key, (sums.get(key) ?? 0) + score);
      if (score <= 2) {
        d.lowCount++;
        lowScores.push({ row, key, score });
      }
    }
  }
  for (const d of dimensions) d.average = d.count > 0 ? roundScore((sums.get(d.key) ?? 0) / d.count) : null;

  const topPerformers = rows
    .filter((r) => r.score?.complete && r.score.score !== null)
    .sort((a, b) => (b.score?.score ?? 0) - (a.score?.score ?? 0) || a.member.name.localeCompare(b.member.name, 'zh-CN'))
    .slice(0, TOP_PERFORMERS);

  return {
    quarter,
    rows: [...rows],
    counts,
    averageScore: scores.length > 0 ? roundScore(scores.reduce((s, v) => s + v, 0) / scores.length) : null,
    scoredCount: scores.length,
    bands,
    dimensions,
    topPerformers,
    lowScores,
  };
}

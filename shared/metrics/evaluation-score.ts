// The weighted score and rating band of an evaluation, KPI achievement, and how far an evaluation is filled in.
//
// The rule, as users see it (and as the unit tests pin down):
// - Each dimension of the evaluation's own framework counts once, with the first 1–5 score given under its key;
//   scores under keys the framework does not have are ignored.
// - Weighted score = Σ(weight × score) / Σ(weight) over the SCORED dimensions: the weight of an unscored dimension is
//   shared out over the scored ones in proportion to their weights (so a half-finished draft shows a fair interim
//   score), and the result is marked incomplete. With nothing weighted scored there is no score (null).
// - The score is rounded half up to two decimals, and the band is read from the rounded score, so the figure shown
//   and its band always agree (3.745 → 3.75 → Exceeds).
// - Bands: ≥ 4.5 Outstanding 卓越, ≥ 3.75 Exceeds 优秀, ≥ 3.0 Meets 良好, ≥ 2.0 Partly meets 待提升, else Below 不合格.
// - The strategy and creative directors' input is advice for the evaluator and does not enter the score.
import type { Evaluation, KpiLine } from '../model/evaluation';
import type { Framework } from '../model/framework';

type DimensionScore = Evaluation['scores'][number];

export const ratingBands = ['outstanding', 'exceeds', 'meets', 'partly', 'below'] as const;
export type RatingBand = (typeof ratingBands)[number];

/** The lowest rounded score of each band, best band first. */
export const bandThresholds: readonly { band: RatingBand; min: number }[] = [
  { band: 'outstanding', min: 4.5 },
  { band: 'exceeds', min: 3.75 },
  { band: 'meets', min: 3.0 },
  { band: 'partly', min: 2.0 },
  { band: 'below', min: Number.NEGATIVE_INFINITY },
];

export type EvaluationScore = {
  /** The weighted score (1–5, two decimals); null when no dimension with weight is scored. */
  score: number | null;
  band: RatingBand | null;
  /** True when every dimension of the framework has a score. */
  complete: boolean;
  scoredCount: number;
  dimensionCount: number;
  /** The share of the framework's weight (in percent) that is scored. */
  scoredWeight: number;
  /** Keys of the dimensions still without a score, in framework order. */
  missing: string[];
};

/** Half up to two decimals; the tiny nudge keeps 3.745 (stored as 3.74499…) from rounding down. */
export function roundScore(value: number): number {
  return Math.round(value * 100 + 1e-7) / 100;
}

/** The band of a (rounded) score; null for none. */
export function bandOf(score: number | null): RatingBand | null {
  if (score === null || !Number.isFinite(score)) return null;
  return bandThresholds.find((t) => score >= t.min)?.band ?? 'below';
}

const validScore = (s: number | null | undefined): s is number => typeof s === 'number' && Number.isInteger(s) && s >= 1 && s <= 5;

/** The score each framework dimension has, by key (first valid score wins); unscored keys are absent. */
export function scoresByKey(framework: Framework, scores: readonly Pick<DimensionScore, 'key' | 'score'>[]): Map<string, number> {
  const known = new Set(framework.dimensions.map((d) => d.key));
  const out = new Map<string, number>();
  for (const entry of scores) {
    if (!known.has(entry.key) || out.has(entry.key) || !validScore(entry.score)) continue;
    out.set(entry.key, entry.score);
  }
  return out;
}

/** The weighted score and band of scores against a framework (see the rule at the top of this module). */
export function scoreEvaluation(framework: Framework, scores: readonly Pick<DimensionScore, 'key' | 'score'>[]): EvaluationScore {
  const given = scoresByKey(framework, scores);
  let weighted = 0;
  let weightScored = 0;
  let weightTotal = 0;
  const missing: string[] = [];
  for (const dimension of framework.dimensions) {
    const weight = Math.max(0, dimension.weight);
    weightTotal += weight;
    const score = given.get(dimension.key);
    if (score === undefined) {
      missing.push(dimension.key);
      continue;
    }
    weighted += weight * score;
    weightScored += weight;
  }
  const score = weightScored > 0 ? roundScore(weighted / weightScored) : null;
  return {
    score,
    band: bandOf(score),
    complete: missing.length === 0,
    scoredCount: framework.dimensions.length - missing.length,
    dimensionCount: framework.dimensions.length,
    scoredWeight: weightTotal > 0 ? roundScore((weightScored / weightTotal) * 100) : 0,
    missing,
  };
}

/** The score of a stored evaluation, against the framework it was made with. */
export function evaluationScore(evaluation: Pick<Evaluation, 'framework' | 'scores'>): EvaluationScore {
  return scoreEvaluation(evaluation.framework, evaluation.scores);
}

/** Actual ÷ target (1 = 100 %); null without both figures or with a target of 0. */
export function kpiAchievement(kpi: Pick<KpiLine, 'target' | 'actual'>): number | null {
  if (kpi.target === null || kpi.actual === null || !Number.isFinite(kpi.target) || !Number.isFinite(kpi.actual) || kpi.target === 0) return null;
  return kpi.actual / kpi.target;
}

export type EvaluationProgress = { done: number; total: number; ratio: number };

const filled = (text: string) => text.trim().length > 0;

/**
 * How much of an evaluation is written: one step per framework dimension scored, plus strengths, development areas,
 * at least one goal for next quarter, and a training plan.
 */
export function evaluationProgress(evaluation: Pick<Evaluation, 'framework' | 'scores' | 'strengths' | 'developmentAreas' | 'goals' | 'trainingPlan'>): EvaluationProgress {
  const scored = scoresByKey(evaluation.framework, evaluation.scores).size;
  const parts = [filled(evaluation.strengths), filled(evaluation.developmentAreas), evaluation.goals.length > 0, filled(evaluation.trainingPlan)];
  const total = evaluation.framework.dimensions.length + parts.length;
  const done = scored + parts.filter(Boolean).length;
  return { done, total, ratio: total > 0 ? done / total : 0 };
}

export type FinaliseProblem = { code: 'unscored'; keys: string[] };

/** What stops an evaluation from being finalised: every dimension needs a score. Empty when it may be finalised. */
export function finaliseProblems(evaluation: Pick<Evaluation, 'framework' | 'scores'>): FinaliseProblem[] {
  const { missing } = evaluationScore(evaluation);
  return missing.length > 0 ? [{ code: 'unscored', keys: missing }] : [];
}

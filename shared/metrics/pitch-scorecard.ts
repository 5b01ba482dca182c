// The pitch-or-pass scorecard: the standard criteria (each scored 1–5, 5 the most favourable) and the
// recommendation they add up to.
import type { Pitch } from '../model/pitch';

/**
 * The criteria every scorecard offers, stored by key. Records may also hold criteria written as text (older records,
 * the user's own); those count the same. For `cost`, 5 means the pitch is cheap for us or the fee covers it.
 */
export const scorecardCriteria = ['fit', 'winnability', 'budget', 'relationship', 'strategic-value', 'cost'] as const;
export type ScorecardCriterion = (typeof scorecardCriteria)[number];

export function isStandardCriterion(criterion: string): criterion is ScorecardCriterion {
  return (scorecardCriteria as readonly string[]).includes(criterion);
}

/** `incomplete`: nothing scored yet; `borderline`: talk it over before committing the team. */
export type Recommendation = 'pitch' | 'pass' | 'borderline' | 'incomplete';

export type ScorecardResult = { scored: number; average: number | null; lowest: number | null; recommendation: Recommendation };

/** At or above this average, with no criterion at 1, the scorecard says pitch. */
export const PITCH_AT = 3.5;
/** Below this average it says pass. */
export const PASS_BELOW = 2.5;

/**
 * The recommendation: pitch when the average is at least 3.5 and no criterion scores 1 (one deal-breaker is enough
 * to stop and think); pass when the average is below 2.5, or below 3 with a deal-breaker; borderline otherwise.
 */
export function scorecardResult(assessment: Pitch['assessment']): ScorecardResult {
  const scores = assessment.map((row) => row.score);
  if (scores.length === 0) return { scored: 0, average: null, lowest: null, recommendation: 'incomplete' };
  const average = scores.reduce((sum, s) => sum + s, 0) / scores.length;
  const lowest = Math.min(...scores);
  const recommendation: Recommendation =
    average >= PITCH_AT && lowest > 1 ? 'pitch' : average < PASS_BELOW || (lowest === 1 && average < 3) ? 'pass' : 'borderline';
  return { scored: scores.length, average, lowest, recommendation };
}

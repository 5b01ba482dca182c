// A member's scores over the quarters — weighted score and each dimension — beside the team's average of each quarter.
import type { Evaluation } from '../model/evaluation';
import { compareQuarters } from './quarters';
import { evaluationScore, roundScore, scoresByKey, type RatingBand } from './evaluation-score';

/** How many quarters a trend shows by default: two years. */
export const TREND_QUARTERS = 8;

export type TrendDimension = { key: string; nameZh: string; nameEn: string };

export type TrendPoint = {
  quarter: string;
  evaluationId: string;
  status: Evaluation['status'];
  /** The member's weighted score and band that quarter (null when nothing was scored yet). */
  score: number | null;
  band: RatingBand | null;
  complete: boolean;
  /** The mean weighted score of every scored evaluation of that quarter (the member's included); null without any. */
  teamAverage: number | null;
  teamCount: number;
  /** The member's score per dimension key; a dimension the quarter's framework lacked, or left unscored, is null. */
  dimensions: Record<string, number | null>;
  /** The team's mean score per dimension key that quarter. */
  teamDimensions: Record<string, number | null>;
};

export type MemberTrend = {
  memberId: string;
  /** Dimensions in the order of the member's latest framework, then any only earlier frameworks had. */
  dimensions: TrendDimension[];
  /** Oldest quarter first. */
  points: TrendPoint[];
};

const live = (e: Evaluation) => e.deletedAt === null;
const mean = (values: number[]) => (values.length > 0 ? roundScore(values.reduce((s, v) => s + v, 0) / values.length) : null);

/**
 * The trend of one member from evaluations that include theirs and their colleagues' of the same quarters (other
 * quarters may be present; they are ignored). Only quarters the member was evaluated in appear, up to `upTo` (for
 * the trend as it stood at an older evaluation) and at most the latest `limit`. Evaluations in the trash never count.
 */
export function memberTrend(memberId: string, evaluations: readonly Evaluation[], options: { upTo?: string; limit?: number } = {}): MemberTrend {
  const limit = options.limit ?? TREND_QUARTERS;
  const own = evaluations
    .filter((e) => live(e) && e.memberId === memberId && (options.upTo === undefined || compareQuarters(e.quarter, options.upTo) <= 0))
    .sort((a, b) => compareQuarters(a.quarter, b.quarter));
  // One evaluation per member and quarter is the rule; should two exist, the later-written one stands.
  const byQuarter = new Map<string, Evaluation>();
  for (const e of own) {
    const earlier = byQuarter.get(e.quarter);
    if (!earlier || earlier.updatedAt <= e.updatedAt) byQuarter.set(e.quarter, e);
  }
  const chosen = [...byQuarter.values()].slice(-limit);
  const quarters = new Set(chosen.map((e) => e.quarter));

  const team = new Map<string, Evaluation[]>();
  for (const e of evaluations) {
    if (!live(e) || !quarters.has(e.quarter)) continue;
    const list = team.get(e.quarter) ?? [];
    list.push(e);
    team.set(e.quarter, list);
  }

  const dimensions: TrendDimension[] = [];
  const seen = new Set<string>();
  for (const e of [...chosen].reverse()) {
    for (const d of e.framework.dimensions) {
      if (seen.has(d.key)) continue;
      seen.add(d.key);
      dimensions.push({ key: d.key, nameZh: d.nameZh, nameEn: d.nameEn });
    }
  }

  const points = chosen.map((e): TrendPoint => {
    const result = evaluationScore(e);
    const mine = scoresByKey(e.framework, e.scores);
    const colleagues = team.get(e.quarter) ?? [];
    const teamScores = colleagues.map((c) => evaluationScore(c).score).filter((s): s is number => s !== null);
    const perDimension = new Map<string, number[]>();
    for (const c of colleagues) {
      for (const [key, score] of scoresByKey(c.framework, c.scores)) {
        const list = perDimension.get(key) ?? [];
        list.push(score);
        perDimension.set(key, list);
      }
    }
    return {
      quarter: e.quarter,
      evaluationId: e.id,
      status: e.status,
      score: result.score,
      band: result.band,
      complete: result.complete,
      teamAverage: mean(teamScores),
      teamCount: teamScores.length,
      dimensions: Object.fromEntries(dimensions.map((d) => [d.key, mine.get(d.key) ?? null])),
      teamDimensions: Object.fromEntries(dimensions.map((d) => [d.key, mean(perDimension.get(d.key) ?? [])])),
    };
  });
  return { memberId, dimensions, points };
}

// The weighted score and rating band: rounding, missing scores, bands at their edges, KPI achievement and progress.
import { describe, expect, it } from 'vitest';
import { defaultFramework, type Framework } from '@shared/model/framework';
import {
  bandOf,
  evaluationProgress,
  finaliseProblems,
  kpiAchievement,
  roundScore,
  scoreEvaluation,
} from '@shared/metrics/evaluation-score';
import { makeEvaluation } from '../../fixtures/factories';

const dim = (key: string, weight: number) => ({ key, nameZh: key, nameEn: key, description: '', weight, descriptors: ['1', '2', '3', '4', '5'] });
const framework = (...weights: [string, number][]): Framework => ({ name: '', dimensions: weights.map(([k, w]) => dim(k, w)) });
const scores = (entries: Record<string, number | null>) => Object.entries(entries).map(([key, score]) => ({ key, score, comment: '' }));

describe('weighted score', () => {
  it('weights each dimension by its share of 100 %', () => {
    const result = scoreEvaluation(framework(['a', 50], ['b', 30], ['c', 20]), scores({ a: 4, b: 3, c: 5 }));
    // 0.5×4 + 0.3×3 + 0.2×5 = 3.9
    expect(result).toMatchObject({ score: 3.9, band: 'exceeds', complete: true, scoredCount: 3, dimensionCount: 3, scoredWeight: 100, missing: [] });
  });

  it('scores every dimension 4 in the default framework as exactly 4.00', () => {
    const result = scoreEvaluation(defaultFramework, defaultFramework.dimensions.map((d) => ({ key: d.key, score: 4 })));
    expect(result.score).toBe(4);
    expect(result.band).toBe('exceeds');
  });

  it('rounds half up to two decimals, even where binary floating point falls just short (3.745 → 3.75)', () => {
    // 0.45×4 + 0.55×… chosen so the exact value is 3.745: 0.745 weight on 4 and 0.255 on 3 → 3.745
    const result = scoreEvaluation(framework(['a', 74.5], ['b', 25.5]), scores({ a: 4, b: 3 }));
    expect(result.score).toBe(3.75);
    expect(result.band).toBe('exceeds');
    expect(roundScore(3.744999)).toBe(3.74);
    expect(roundScore(2.005)).toBe(2.01);
    expect(roundScore(1 / 3 + 3)).toBe(3.33);
  });

  it('reads the band from the rounded score, so the figure shown and its band agree at every edge', () => {
    expect(bandOf(4.5)).toBe('outstanding');
    expect(bandOf(4.49)).toBe('exceeds');
    expect(bandOf(3.75)).toBe('exceeds');
    expect(bandOf(3.74)).toBe('meets');
    expect(bandOf(3)).toBe('meets');
    expect(bandOf(2.99)).toBe('partly');
    expect(bandOf(2)).toBe('partly');
    expect(bandOf(1.99)).toBe('below');
    expect(bandOf(1)).toBe('below');
    expect(bandOf(null)).toBeNull();
    // 4.495 rounds to 4.5 and is therefore Outstanding.
    expect(scoreEvaluation(framework(['a', 49.5], ['b', 50.5]), scores({ a: 4, b: 5 })).band).toBe('outstanding');
  });

  it('shares the weight of unscored dimensions over the scored ones and marks the score incomplete', () => {
    const result = scoreEvaluation(framework(['a', 50], ['b', 30], ['c', 20]), scores({ a: 4, b: null, c: 2 }));
    // (0.5×4 + 0.2×2) / 0.7 = 3.428… → 3.43
    expect(result).toMatchObject({ score: 3.43, band: 'meets', complete: false, scoredCount: 2, scoredWeight: 70, missing: ['b'] });
  });

  it('has no score or band while nothing with weight is scored', () => {
    expect(scoreEvaluation(framework(['a', 60], ['b', 40]), scores({ a: null }))).toMatchObject({ score: null, band: null, complete: false, missing: ['a', 'b'] });
    // A zero-weight dimension scored alone does not make a score.
    expect(scoreEvaluation(framework(['a', 100], ['z', 0]), scores({ z: 5 })).score).toBeNull();
  });

  it('ignores scores for dimensions the framework does not have, invalid scores, and repeats of a key', () => {
    const result = scoreEvaluation(framework(['a', 50], ['b', 50]), [
      { key: 'a', score: 2 },
      { key: 'a', score: 5 },
      { key: 'gone', score: 5 },
      { key: 'b', score: 7 },
    ]);
    expect(result).toMatchObject({ score: 2, complete: false, missing: ['b'] });
  });

  it('lets a zero-weight dimension count for completeness but not for the score', () => {
    const result = scoreEvaluation(framework(['a', 100], ['z', 0]), scores({ a: 3, z: 1 }));
    expect(result).toMatchObject({ score: 3, complete: true });
  });
});

describe('KPI achievement', () => {
  it('is actual over target, and unknown without both figures or with a zero target', () => {
    expect(kpiAchievement({ target: 600, actual: 690 })).toBeCloseTo(1.15);
    expect(kpiAchievement({ target: 95, actual: 95 })).toBe(1);
    expect(kpiAchievement({ target: null, actual: 3 })).toBeNull();
    expect(kpiAchievement({ target: 5, actual: null })).toBeNull();
    expect(kpiAchievement({ target: 0, actual: 3 })).toBeNull();
  });
});

describe('progress and finalising', () => {
  it('counts scored dimensions plus strengths, development areas, goals and training plan', () => {
    const blank = makeEvaluation('m1', { scores: [], strengths: '', developmentAreas: '', goals: [], trainingPlan: '' });
    expect(evaluationProgress(blank)).toEqual({ done: 0, total: defaultFramework.dimensions.length + 4, ratio: 0 });
    const full = makeEvaluation('m1', { developmentAreas: '沟通', goals: [{ id: 'g1', text: '提升提案能力' }], trainingPlan: '参加工作坊' });
    expect(evaluationProgress(full).ratio).toBe(1);
  });

  it('refuses to finalise while any dimension is unscored, naming them', () => {
    const partial = makeEvaluation('m1', { scores: [{ key: 'client', score: 4, comment: '' }] });
    const problems = finaliseProblems(partial);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.keys).toEqual(defaultFramework.dimensions.filter((d) => d.key !== 'client').map((d) => d.key));
    expect(finaliseProblems(makeEvaluation('m1'))).toEqual([]);
  });
});

// A member's trend: their weighted and dimension scores per quarter beside the team's averages, old frameworks kept.
import { describe, expect, it } from 'vitest';
import { defaultFramework, type Framework } from '@shared/model/framework';
import { memberTrend } from '@shared/metrics/evaluation-trend';
import { makeEvaluation } from '../../fixtures/factories';

const all = (score: number, framework: Framework = defaultFramework) => framework.dimensions.map((d) => ({ key: d.key, score, comment: '' }));

describe('member trend', () => {
  it('lists the member\'s quarters oldest first with the team average of each quarter', () => {
    const evaluations = [
      makeEvaluation('me', { quarter: '2026-Q2', scores: all(3) }),
      makeEvaluation('me', { quarter: '2026-Q1', scores: all(2) }),
      makeEvaluation('other', { quarter: '2026-Q1', scores: all(4) }),
      makeEvaluation('other', { quarter: '2026-Q2', scores: all(5) }),
      makeEvaluation('third', { quarter: '2026-Q2', scores: [] }),
      makeEvaluation('other', { quarter: '2025-Q4', scores: all(1) }),
    ];
    const trend = memberTrend('me', evaluations);
    expect(trend.points.map((p) => [p.quarter, p.score, p.teamAverage, p.teamCount])).toEqual([
      ['2026-Q1', 2, 3, 2],
      ['2026-Q2', 3, 4, 2],
    ]);
    expect(trend.points[1]?.dimensions.client).toBe(3);
    expect(trend.points[1]?.teamDimensions.client).toBe(4);
    expect(trend.dimensions.map((d) => d.key)).toEqual(defaultFramework.dimensions.map((d) => d.key));
  });

  it('stops at the quarter asked for, keeps the latest quarters only, and ignores the trash', () => {
    const quarters = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1'];
    const evaluations = quarters.map((quarter, i) => makeEvaluation('me', { quarter, scores: all(1 + (i % 5)) }));
    evaluations.push(makeEvaluation('me', { quarter: '2026-Q2', deletedAt: '2026-07-01T00:00:00.000Z' }));
    const trend = memberTrend('me', evaluations, { upTo: '2025-Q4', limit: 3 });
    expect(trend.points.map((p) => p.quarter)).toEqual(['2025-Q2', '2025-Q3', '2025-Q4']);
    expect(memberTrend('me', evaluations).points.map((p) => p.quarter)).not.toContain('2026-Q2');
  });

  it('keeps dimensions an earlier framework had, after those of the latest one', () => {
    const older: Framework = { name: 'old', dimensions: [{ key: 'legacy', nameZh: '旧维度', nameEn: 'Legacy', description: '', weight: 100, descriptors: ['1', '2', '3', '4', '5'] }] };
    const trend = memberTrend('me', [
      makeEvaluation('me', { quarter: '2025-Q4', framework: older, scores: all(4, older) }),
      makeEvaluation('me', { quarter: '2026-Q1', scores: all(3) }),
    ]);
    expect(trend.dimensions.at(-1)).toEqual({ key: 'legacy', nameZh: '旧维度', nameEn: 'Legacy' });
    expect(trend.points[0]?.dimensions.legacy).toBe(4);
    expect(trend.points[0]?.dimensions.client).toBeNull();
    expect(trend.points[1]?.dimensions.legacy).toBeNull();
  });
});

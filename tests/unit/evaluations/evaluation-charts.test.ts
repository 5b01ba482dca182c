// The shared chart specs: the same data gives the same option in both worlds; labels are translated and XML-safe.
import { describe, expect, it } from 'vitest';
import { bandDistributionChart, dimensionScoresChart, quarterTick, scoreTrendChart } from '@shared/charts/evaluation-charts';
import { memberTrend } from '@shared/metrics/evaluation-trend';
import { defaultFramework } from '@shared/model/framework';
import { makeEvaluation } from '../../fixtures/factories';
import { XML_FORBIDDEN } from '../../fixtures/hostile';

const all = (score: number) => defaultFramework.dimensions.map((d) => ({ key: d.key, score, comment: '' }));
const trend = memberTrend('me', [
  makeEvaluation('me', { quarter: '2026-Q1', scores: all(3) }),
  makeEvaluation('me', { quarter: '2026-Q2', scores: all(4) }),
  makeEvaluation('other', { quarter: '2026-Q2', scores: all(2) }),
]);

type Series = { type?: string; name?: string; data?: unknown[] };
const seriesOf = (option: { series?: unknown }) => (Array.isArray(option.series) ? (option.series as Series[]) : []);

describe('evaluation charts', () => {
  it('draws the member against the team average per quarter, on the 1–5 scale', () => {
    const spec = scoreTrendChart(trend, '陈晓', 'zh-CN');
    const [member, team] = seriesOf(spec.option);
    expect(member?.name).toBe('陈晓');
    expect(member?.data?.map((d) => (d as { value: number }).value)).toEqual([3, 4]);
    expect(team?.name).toBe('团队平均');
    expect(team?.data).toEqual([3, 3]);
    expect(spec.option.xAxis).toMatchObject({ data: ['2026 Q1', '2026 Q2'] });
    expect(spec.option.yAxis).toMatchObject({ min: 1, max: 5 });
    expect(spec.description).toContain('陈晓');
  });

  it('compares the latest quarters per dimension with the team, dimension names in the document language', () => {
    const spec = dimensionScoresChart(trend, 'Chen', 'en');
    expect((spec.option.yAxis as { data: string[] }).data[0]).toBe('Client satisfaction & relationship');
    const series = seriesOf(spec.option);
    expect(series.map((s) => s.name)).toEqual(['Q1 2026', 'Q2 2026', 'Team average Q2 2026']);
    expect(series[2]?.data?.[0]).toBe(3);
    expect(quarterTick('2026-Q3', 'en')).toBe('Q3 2026');
  });

  it('counts people per band, best first, and keeps user text XML-safe', () => {
    const spec = bandDistributionChart({ outstanding: 1, exceeds: 2, meets: 3, partly: 0, below: 1 }, 'zh-CN');
    expect((spec.option.xAxis as { data: string[] }).data).toEqual(['卓越', '优秀', '良好', '待提升', '不合格']);
    expect(seriesOf(spec.option)[0]?.data?.map((d) => (d as { value: number }).value)).toEqual([1, 2, 3, 0, 1]);
    const hostile = scoreTrendChart(trend, 'a\u0001b\uFFFEc', 'en');
    expect(seriesOf(hostile.option)[0]?.name).not.toMatch(XML_FORBIDDEN);
  });
});

// A quarter's round: who is on it, starting it in one step with last quarter's goals carried, and the summary figures.
import { describe, expect, it } from 'vitest';
import { defaultFramework } from '@shared/model/framework';
import { carriedGoals, mergeCarriedGoals, planQuarterStart, quarterOverview, quarterSummary } from '@shared/metrics/evaluation-round';
import { makeEvaluation, makeMember } from '../../fixtures/factories';

const scoresAll = (score: number) => defaultFramework.dimensions.map((d) => ({ key: d.key, score, comment: '' }));

describe('the quarter overview', () => {
  it('lists active account people with their status; directors who give input, leavers and later hires are left out', () => {
    const lead = makeMember({ name: '王一帆', level: 'GAD' });
    const am = makeMember({ name: '陈晓', level: 'AM', managerId: lead.id });
    const ae = makeMember({ name: '李想', level: 'AE', managerId: am.id });
    const sd = makeMember({ name: '沈清扬', level: 'SD' });
    const left = makeMember({ name: '赵离', level: 'AM', active: false });
    const later = makeMember({ name: '钱新', level: 'AE', joinedOn: '2026-10-08' });
    const leftWithEvaluation = makeMember({ name: '孙旧', level: 'AE', active: false });
    const evaluations = [
      makeEvaluation(am.id, { quarter: '2026-Q3', status: 'final', scores: scoresAll(4) }),
      makeEvaluation(leftWithEvaluation.id, { quarter: '2026-Q3', status: 'shared' }),
      makeEvaluation(ae.id, { quarter: '2026-Q2', status: 'final' }),
    ];
    const rows = quarterOverview('2026-Q3', [lead, am, ae, sd, left, later, leftWithEvaluation], evaluations);
    // Chinese names sort by pinyin: Chen, Li, Sun, Wang.
    expect(rows.map((r) => [r.member.name, r.status])).toEqual([
      ['陈晓', 'final'],
      ['李想', 'not-started'],
      ['孙旧', 'shared'],
      ['王一帆', 'not-started'],
    ]);
    const chen = rows.find((r) => r.member.id === am.id);
    expect(chen?.score).toMatchObject({ score: 4, band: 'exceeds', complete: true });
    expect(rows.find((r) => r.member.id === ae.id)?.progress).toBeNull();
  });
});

describe('starting a quarter', () => {
  it('creates one draft per member without one, on a copy of the current framework, carrying last quarter\'s goals', () => {
    const lead = makeMember({ name: '王一帆', level: 'GAD' });
    const am = makeMember({ name: '陈晓', level: 'AM', managerId: lead.id });
    const ae = makeMember({ name: '李想', level: 'AE', managerId: am.id });
    const goals = [{ id: 'g1', text: '独立负责一次提案' }, { id: 'g2', text: '回款率达到 95%' }];
    const evaluations = [
      makeEvaluation(ae.id, { quarter: '2026-Q3', goals }),
      makeEvaluation(lead.id, { quarter: '2026-Q4' }),
    ];
    const framework = { ...defaultFramework, name: '2026 版' };
    const drafts = planQuarterStart({ quarter: '2026-Q4', members: [lead, am, ae], evaluations, framework });
    expect(drafts.map((d) => d.memberId)).toEqual([am.id, ae.id]);
    const [chen, li] = drafts;
    expect(li).toMatchObject({ quarter: '2026-Q4', status: 'draft', evaluatorId: am.id });
    expect(li?.previousGoalsReview).toEqual([
      { goalId: 'g1', text: '独立负责一次提案', result: 'unreviewed', note: '' },
      { goalId: 'g2', text: '回款率达到 95%', result: 'unreviewed', note: '' },
    ]);
    expect(chen?.previousGoalsReview).toEqual([]);
    expect(li?.framework).toEqual(framework);
    expect(li?.framework).not.toBe(framework);
    expect(li?.scores.map((s) => s.score)).toEqual(framework.dimensions.map(() => null));
  });

  it('starts only the members asked for, and leaves the evaluator empty when the manager has left', () => {
    const gone = makeMember({ level: 'AD', active: false });
    const a = makeMember({ name: '甲', managerId: gone.id });
    const b = makeMember({ name: '乙' });
    const drafts = planQuarterStart({ quarter: '2026-Q4', members: [gone, a, b], evaluations: [], framework: defaultFramework, only: new Set([a.id]) });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ memberId: a.id, evaluatorId: null });
  });

  it('adds goals set after the draft was started without touching reviewed lines', () => {
    const review = [{ goalId: 'g1', text: '目标一', result: 'achieved' as const, note: '按时完成' }];
    const merged = mergeCarriedGoals(review, { goals: [{ id: 'g1', text: '目标一（改）' }, { id: 'g2', text: '目标二' }] });
    expect(merged).toEqual([review[0], { goalId: 'g2', text: '目标二', result: 'unreviewed', note: '' }]);
    expect(carriedGoals(null)).toEqual([]);
  });
});

describe('the quarter summary', () => {
  it('counts statuses and bands, averages each dimension, and names top performers and low scores', () => {
    const members = ['甲', '乙', '丙', '丁'].map((name) => makeMember({ name }));
    const [a, b, c, d] = members.map((m) => m.id) as [string, string, string, string];
    const low = scoresAll(3).map((s) => (s.key === 'proposal' ? { ...s, score: 2 } : s));
    const evaluations = [
      makeEvaluation(a, { quarter: '2026-Q3', status: 'shared', scores: scoresAll(5) }),
      makeEvaluation(b, { quarter: '2026-Q3', status: 'final', scores: scoresAll(4) }),
      makeEvaluation(c, { quarter: '2026-Q3', status: 'draft', scores: low }),
    ];
    const summary = quarterSummary('2026-Q3', quarterOverview('2026-Q3', members, evaluations));
    expect(summary.counts).toEqual({ 'not-started': 1, draft: 1, final: 1, shared: 1 });
    // 3 everywhere but a 2 on a 15 % dimension: 2.85, Partly meets.
    expect(summary.bands).toEqual({ outstanding: 1, exceeds: 1, meets: 0, partly: 1, below: 0 });
    expect(summary.scoredCount).toBe(3);
    expect(summary.topPerformers.map((r) => r.member.id)).toEqual([a, b, c]);
    const proposal = summary.dimensions.find((x) => x.key === 'proposal');
    expect(proposal).toMatchObject({ average: 3.67, count: 3, lowCount: 1 });
    expect(summary.lowScores).toEqual([expect.objectContaining({ key: 'proposal', score: 2 })]);
    expect(summary.rows.find((r) => r.member.id === d)?.status).toBe('not-started');
    expect(summary.dimensions.map((x) => x.key)).toEqual(defaultFramework.dimensions.map((x) => x.key));
  });
});

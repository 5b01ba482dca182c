// Report figures: every figure of Q3 2026 and Q2 2026 on the fixed agency, counted by hand (see report-dataset.ts).
import { describe, expect, it } from 'vitest';
import { compileReport, dimensionChanges, headlines, periodContaining, readSnapshot, shiftPeriod } from '@shared/metrics/report-figures';
import { Q3, TODAY, reportDataset } from './report-dataset';

describe('report periods', () => {
  it('finds the month, quarter, half and year around a day, and the one before', () => {
    expect(periodContaining('month', '2026-02-14')).toEqual({ type: 'month', start: '2026-02-01', end: '2026-02-28' });
    expect(periodContaining('quarter', '2026-08-14')).toEqual(Q3);
    expect(periodContaining('half', '2026-08-14')).toEqual({ type: 'half', start: '2026-07-01', end: '2026-12-31' });
    expect(periodContaining('year', '2026-08-14')).toEqual({ type: 'year', start: '2026-01-01', end: '2026-12-31' });
    expect(shiftPeriod(periodContaining('quarter', '2026-01-05'), -1)).toEqual({ type: 'quarter', start: '2025-10-01', end: '2025-12-31' });
    expect(shiftPeriod(periodContaining('month', '2026-03-05'), -1)).toEqual({ type: 'month', start: '2026-02-01', end: '2026-02-28' });
  });
});

describe('compileReport on the fixed agency', () => {
  const { tables, a, b, manager, junior, director } = reportDataset();
  const figures = compileReport(tables, Q3, { type: 'department' }, TODAY, '2026-11-27T08:00:00.000Z');
  const q3 = figures.current;
  const q2 = figures.previous;

  it('counts accounts active, new and lost and their health at the end of each quarter', () => {
    // Q3: A (red: a re-pitch lost in July) and B (green); B is new; C was lost in August.
    expect(q3.accounts).toEqual({ active: 2, new: 1, lost: 1, health: { green: 1, amber: 0, red: 1 } });
    // Q2: only A was served then, and the July loss had not happened yet.
    expect(q2.accounts).toEqual({ active: 1, new: 0, lost: 0, health: { green: 1, amber: 0, red: 0 } });
  });

  it('adds up what each quarter billed and what of it was collected by the quarter end (回款率)', () => {
    expect(q3.money).toEqual({ currency: 'CNY', billed: 600_000, collected: 350_000, outstanding: 250_000, overdue: 150_000, collectionRate: 350_000 / 600_000, otherCurrencies: [] });
    expect(q2.money).toEqual({ currency: 'CNY', billed: 500_000, collected: 400_000, outstanding: 100_000, overdue: 100_000, collectionRate: 0.8, otherCurrencies: [] });
    expect(q3.accountRows.map((r) => [r.accountId, r.billed, r.collected, r.collectionRate])).toEqual([[a.id, 500_000, 350_000, 0.7], [b.id, 100_000, 0, 0]]);
  });

  it('counts pitches decided in each quarter, the win rate, the value won and why we lost', () => {
    expect(q3.pitches).toEqual({ decided: 3, won: 1, lost: 2, winRate: 1 / 3, valueWon: 2_000_000, lostReasons: [{ reason: '价格/预算', count: 2 }] });
    expect(q2.pitches).toEqual({ decided: 2, won: 1, lost: 1, winRate: 0.5, valueWon: 1_000_000, lostReasons: [{ reason: '创意方案', count: 1 }] });
  });

  it('counts briefs issued and approved and the versions it took to approval', () => {
    expect(q3.briefs).toEqual({ issued: 3, approved: 2, averageVersionsToApproval: 3 });
    expect(q2.briefs).toEqual({ issued: 1, approved: 1, averageVersionsToApproval: 1 });
  });

  it('counts the team, its finalised evaluations, dimension averages, top performers, needs and who has no goals', () => {
    expect(q3.team.headcount).toBe(3);
    expect(q2.team.headcount).toBe(2);
    expect(q3.team.evaluationsDone).toBe(2);
    expect(q3.team.dimensions.map((d) => [d.key, d.average])).toEqual([['client', 3], ['delivery', 3.5], ['business', 3.5], ['proposal', 3.5], ['strategy', 3.5], ['teamwork', 3.5], ['growth', 3.5]]);
    expect(q3.team.topPerformers).toEqual([{ memberId: manager.id, name: 'Bob', nameEn: 'Bob', score: 3.8 }, { memberId: junior.id, name: 'Carol', nameEn: 'Carol', score: 3 }]);
    expect(q3.team.developmentNeeds).toEqual(['client', 'business']);
    expect(q3.team.withoutGoals.map((m) => m.memberId)).toEqual([director.id, junior.id]);
    expect(q2.team.withoutGoals.map((m) => m.memberId)).toEqual([director.id]);
  });

  it('puts each headline beside the previous quarter with the change', () => {
    const rows = new Map(headlines(figures).map((h) => [h.key, h]));
    expect(rows.get('money.billed')).toEqual({ key: 'money.billed', current: 600_000, previous: 500_000, delta: 100_000, relative: 0.2 });
    expect(rows.get('accounts.new')).toEqual({ key: 'accounts.new', current: 1, previous: 0, delta: 1, relative: null });
    expect(rows.get('pitches.winRate')?.delta).toBeCloseTo(-0.17, 2);
    expect(dimensionChanges(figures).find((d) => d.key === 'client')).toMatchObject({ current: 3, previous: 4, delta: -1 });
  });

  it('limits accounts, money, pitches and briefs to the chosen accounts', () => {
    const scoped = compileReport(tables, Q3, { type: 'accounts', accountIds: [b.id] }, TODAY, '2026-11-27T08:00:00.000Z').current;
    expect(scoped.accounts.active).toBe(1);
    expect(scoped.money.billed).toBe(100_000);
    expect(scoped.pitches.decided).toBe(0);
    expect(scoped.briefs.issued).toBe(0);
    expect(scoped.team.headcount).toBe(3);
  });

  it('reads a frozen snapshot back after a trip through JSON, and refuses other shapes', () => {
    const stored = JSON.parse(JSON.stringify(figures)) as Record<string, unknown>;
    expect(readSnapshot(stored)).toEqual(figures);
    expect(readSnapshot({ compiledAt: 'x' })).toBeNull();
    expect(readSnapshot(null)).toBeNull();
  });
});

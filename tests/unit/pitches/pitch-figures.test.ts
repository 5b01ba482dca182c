// Pitch figures on a fixed set of pitches, every expected value worked out by hand.
import { describe, expect, it } from 'vitest';
import { furthestStageIndex, lostReasonLabel, pitchFigures } from '@shared/metrics/pitch-figures';
import type { Pitch } from '@shared/model/pitch';
import { makePitch } from '../../fixtures/factories';

type Spec = Partial<Pitch> & { rounds?: Pitch['rounds'] };
const round = (stage: Pitch['rounds'][number]['stage'], date: string | null = null) => ({ id: `${stage}-${date ?? 'x'}`, stage, date, note: '' });
const outcome = (result: NonNullable<Pitch['outcome']>['result'], decidedOn: string, lostReason = '') => ({
  result, decidedOn, lostReason, winningAgency: '', clientFeedback: '', whatWorked: '', whatDidNot: '', lessons: '',
});
const pitch = (spec: Spec) => makePitch('acc', { rounds: [], ...spec });

/**
 * Seven closed pitches, one open, one in the trash:
 * P1 new-business won 2025 · P2 new-business lost 2025 at chemistry · P3 new-business lost 2026 after the final ·
 * P4 single-agency won 2026 · P5 re-pitch lost 2026 (USD, no rounds) · P6 organic withdrawn · P7 new-business declined.
 */
function fixture(): Pitch[] {
  return [
    pitch({ type: 'new-business', stage: 'won', outcome: outcome('won', '2025-03-10'), estimatedAnnualFee: 1_000_000, costHours: 400, costExpenses: 50_000, rounds: [round('lead'), round('rfi'), round('chemistry'), round('briefing'), round('final')] }),
    pitch({ type: 'new-business', stage: 'lost', outcome: outcome('lost', '2025-06-01', '价格/预算'), estimatedAnnualFee: 2_000_000, costHours: 600, costExpenses: 80_000, rounds: [round('lead'), round('rfi'), round('chemistry')] }),
    pitch({ type: 'new-business', stage: 'lost', outcome: outcome('lost', '2026-02-01', '价格/预算'), estimatedAnnualFee: 500_000, costHours: 300, costExpenses: 30_000, rounds: [round('lead'), round('briefing'), round('tissue'), round('final')] }),
    pitch({ type: 'single-agency', stage: 'won', outcome: outcome('won', '2026-04-01'), estimatedAnnualFee: 300_000, costHours: 100, costExpenses: 0, rounds: [round('lead'), round('briefing'), round('final'), round('decision')] }),
    pitch({ type: 're-pitch', stage: 'lost', outcome: outcome('lost', '2026-05-01', '创意方案'), currency: 'USD', estimatedAnnualFee: 100_000, costHours: 200, costExpenses: 10_000 }),
    pitch({ type: 'organic-growth', stage: 'withdrawn', outcome: outcome('withdrawn', '2026-03-01'), costHours: 20, costExpenses: 0, rounds: [round('lead', '2026-01-10'), round('briefing', '2026-02-01'), round('final', '2026-04-01')] }),
    pitch({ type: 'new-business', stage: 'declined', outcome: outcome('declined', '2026-01-05'), costHours: 8, costExpenses: 0 }),
    pitch({ type: 'single-agency', stage: 'tissue', estimatedAnnualFee: 400_000, probability: 50, costHours: 50, costExpenses: 5_000 }),
    pitch({ type: 'new-business', stage: 'won', outcome: outcome('won', '2026-01-01'), estimatedAnnualFee: 9_000_000, deletedAt: '2026-06-01T00:00:00.000Z' }),
  ];
}

describe('pitchFigures', () => {
  const figures = pitchFigures(fixture());

  it('counts the win rate as won / (won + lost), leaving withdrawn, declined and open pitches out', () => {
    expect(figures.overall).toEqual({ won: 2, lost: 3, winRate: 0.4, withdrawn: 1, declined: 1, open: 1, total: 8 });
  });

  it('gives the win rate per type, and no rate where nothing was decided', () => {
    expect(figures.byType).toEqual([
      { type: 'new-business', won: 1, lost: 2, winRate: 1 / 3 },
      { type: 'single-agency', won: 1, lost: 0, winRate: 1 },
      { type: 'organic-growth', won: 0, lost: 0, winRate: null },
      { type: 're-pitch', won: 0, lost: 1, winRate: 0 },
    ]);
  });

  it('gives the win rate per year of decision, latest year first', () => {
    expect(figures.byYear).toEqual([
      { year: 2026, won: 1, lost: 2, winRate: 1 / 3 },
      { year: 2025, won: 1, lost: 1, winRate: 0.5 },
    ]);
  });

  it('adds up the value won per currency, never across currencies, trash left out', () => {
    expect(figures.valueWon).toEqual([{ currency: 'CNY', amount: 1_300_000 }]);
  });

  it('breaks the losses down by reason, most frequent first', () => {
    expect(figures.lostReasons).toEqual([
      { reason: '价格/预算', count: 2, share: 2 / 3 },
      { reason: '创意方案', count: 1, share: 1 / 3 },
    ]);
  });

  it('averages the hours and expenses of closed pitches, expenses per currency', () => {
    expect(figures.cost.pitches).toBe(7);
    expect(figures.cost.averageHours).toBeCloseTo(1628 / 7, 10);
    expect(figures.cost.averageExpenses).toEqual([
      { currency: 'CNY', amount: 160_000 / 6 },
      { currency: 'USD', amount: 10_000 },
    ]);
  });

  it('shows how closed pitches converted from each stage to the next, and from the decision to a win', () => {
    expect(figures.stages.map((s) => [s.stage, s.reached, s.advanced])).toEqual([
      ['lead', 7, 6],
      ['rfi', 6, 6],
      ['chemistry', 6, 5],
      ['briefing', 5, 4],
      ['tissue', 4, 4],
      ['final', 4, 3],
      ['decision', 3, 2],
    ]);
    expect(figures.stages.map((s) => s.conversion)).toEqual([6 / 7, 1, 5 / 6, 4 / 5, 1, 3 / 4, 2 / 3]);
  });

  it('gives empty figures, with no rates, when there are no pitches', () => {
    const empty = pitchFigures([]);
    expect(empty.overall.winRate).toBeNull();
    expect(empty.byYear).toEqual([]);
    expect(empty.cost).toEqual({ pitches: 0, averageHours: null, averageExpenses: [] });
    expect(empty.stages.every((s) => s.reached === 0 && s.conversion === null)).toBe(true);
  });

  it('lists a loss without a reason under the empty reason, after the named ones', () => {
    const figures2 = pitchFigures([
      pitch({ stage: 'lost', outcome: outcome('lost', '2026-01-01') }),
      pitch({ stage: 'lost', outcome: outcome('lost', '2026-01-02', '其他') }),
    ]);
    expect(figures2.lostReasons.map((r) => r.reason)).toEqual(['其他', '']);
  });
});

describe('furthestStageIndex', () => {
  it('ignores rounds planned after the decision', () => {
    expect(furthestStageIndex(pitch({ stage: 'withdrawn', outcome: outcome('withdrawn', '2026-03-01'), rounds: [round('lead', '2026-01-10'), round('final', '2026-04-01')] }))).toBe(0);
  });

  it('takes a win as having gone all the way and a loss without rounds as lost at the decision', () => {
    expect(furthestStageIndex(pitch({ stage: 'won', rounds: [round('lead')] }))).toBe(6);
    expect(furthestStageIndex(pitch({ stage: 'lost' }))).toBe(6);
    expect(furthestStageIndex(pitch({ stage: 'declined' }))).toBe(0);
  });
});

describe('lostReasonLabel', () => {
  it('reads the built-in reasons in English and leaves the user\'s own as written', () => {
    expect(lostReasonLabel('价格/预算', 'en')).toBe('Price / budget');
    expect(lostReasonLabel('价格/预算', 'zh-CN')).toBe('价格/预算');
    expect(lostReasonLabel('采购压价 procurement squeeze', 'en')).toBe('采购压价 procurement squeeze');
  });
});

// The pipeline's arithmetic and record changes: weighted value, totals, stalled pitches, moving, outcomes, winning a prospect.
import { describe, expect, it } from 'vitest';
import {
  accountAfterWin, daysSinceActivity, isStalled, moveToStagePatch, outcomePatch, pipelineTotals, pitchWeightedValue, pitchYear,
} from '@shared/metrics/pitch-pipeline';
import { scorecardResult } from '@shared/metrics/pitch-scorecard';
import { makePitch } from '../../fixtures/factories';

describe('pipeline value', () => {
  it('weights the estimated fee by the probability', () => {
    expect(pitchWeightedValue({ estimatedAnnualFee: 2_000_000, probability: 40 })).toBe(800_000);
    expect(pitchWeightedValue({ estimatedAnnualFee: null, probability: 90 })).toBe(0);
  });

  it('adds up open pitches per currency, leaving closed and deleted ones out', () => {
    const totals = pipelineTotals([
      makePitch('a', { stage: 'lead', estimatedAnnualFee: 1_000_000, probability: 10 }),
      makePitch('a', { stage: 'final', estimatedAnnualFee: 3_000_000, probability: 50 }),
      makePitch('a', { stage: 'tissue', estimatedAnnualFee: null, probability: 50 }),
      makePitch('a', { stage: 'briefing', currency: 'USD', estimatedAnnualFee: 200_000, probability: 25 }),
      makePitch('a', { stage: 'won', estimatedAnnualFee: 9_000_000, probability: 100 }),
      makePitch('a', { stage: 'rfi', estimatedAnnualFee: 9_000_000, deletedAt: '2026-01-01T00:00:00.000Z' }),
    ]);
    expect(totals).toEqual([
      { currency: 'CNY', count: 3, estimated: 4_000_000, weighted: 1_600_000 },
      { currency: 'USD', count: 1, estimated: 200_000, weighted: 50_000 },
    ]);
  });
});

describe('stalled pitches', () => {
  it('flags an open pitch with no activity for 21 days or more, from its last activity or else its last change', () => {
    const quiet = makePitch('a', { stage: 'briefing', lastActivityAt: '2026-11-06T10:00:00.000Z' });
    expect(daysSinceActivity(quiet, '2026-11-27')).toBe(21);
    expect(isStalled(quiet, '2026-11-27')).toBe(true);
    expect(isStalled(quiet, '2026-11-26')).toBe(false);
    expect(isStalled(quiet, '2026-11-27', 30)).toBe(false);
    const untouched = { ...makePitch('a', { stage: 'lead' }), lastActivityAt: null, updatedAt: '2026-10-01T08:00:00.000Z' };
    expect(isStalled(untouched, '2026-11-27')).toBe(true);
  });

  it('never flags a closed pitch', () => {
    expect(isStalled(makePitch('a', { stage: 'lost', lastActivityAt: '2020-01-01T00:00:00.000Z' }), '2026-11-27')).toBe(false);
  });
});

describe('pitchYear', () => {
  it('is the year of the decision, else of the pitch date, else of creation', () => {
    expect(pitchYear({ outcome: { result: 'won', decidedOn: '2027-01-08', winningAgency: '', lostReason: '', clientFeedback: '', whatWorked: '', whatDidNot: '', lessons: '' }, pitchDate: '2026-12-15', createdAt: '2026-10-01T00:00:00.000Z' })).toBe(2027);
    expect(pitchYear({ outcome: null, pitchDate: '2026-12-15', createdAt: '2025-10-01T00:00:00.000Z' })).toBe(2026);
    expect(pitchYear({ outcome: null, pitchDate: null, createdAt: '2025-10-01T00:00:00.000Z' })).toBe(2025);
  });
});

describe('moving and closing', () => {
  it('records the day a stage was reached as a round, once, rounds in stage order', () => {
    const pitch = makePitch('a', { stage: 'rfi', rounds: [{ id: 'r1', stage: 'lead', date: '2026-10-01', note: '' }, { id: 'r2', stage: 'final', date: '2026-12-15', note: '终提' }] });
    const moved = moveToStagePatch(pitch, 'chemistry', '2026-11-27', () => 'new');
    expect(moved.stage).toBe('chemistry');
    expect(moved.rounds.map((r) => [r.stage, r.date])).toEqual([['lead', '2026-10-01'], ['chemistry', '2026-11-27'], ['final', '2026-12-15']]);
    const again = moveToStagePatch(pitch, 'final', '2026-11-27', () => 'new');
    expect(again.rounds).toHaveLength(2);
  });

  it('sets the stage and probability from the result', () => {
    const base = { decidedOn: '2026-11-27', winningAgency: '', lostReason: '', clientFeedback: '', whatWorked: '', whatDidNot: '', lessons: '' };
    expect(outcomePatch({ ...base, result: 'won' })).toMatchObject({ stage: 'won', probability: 100 });
    expect(outcomePatch({ ...base, result: 'lost', lostReason: '价格/预算' })).toMatchObject({ stage: 'lost', probability: 0, outcome: { lostReason: '价格/预算' } });
  });

  it('makes a prospect an active client from the decision day, keeping a client date it already has', () => {
    expect(accountAfterWin({ status: 'prospect', clientSince: null }, '2026-11-20', '2026-11-27')).toEqual({ status: 'active', clientSince: '2026-11-20' });
    expect(accountAfterWin({ status: 'prospect', clientSince: null }, null, '2026-11-27')).toEqual({ status: 'active', clientSince: '2026-11-27' });
    expect(accountAfterWin({ status: 'lost', clientSince: '2020-01-01' }, '2026-11-20', '2026-11-27')).toEqual({ status: 'active', clientSince: '2020-01-01' });
    expect(accountAfterWin({ status: 'active', clientSince: '2020-01-01' }, '2026-11-20', '2026-11-27')).toBeNull();
  });
});

describe('pitch-or-pass scorecard', () => {
  const scores = (...values: number[]) => values.map((score, i) => ({ criterion: `c${i}`, score }));

  it('recommends pitching at an average of 3.5 or more with no deal-breaker', () => {
    expect(scorecardResult(scores(4, 4, 3, 3))).toMatchObject({ average: 3.5, lowest: 3, recommendation: 'pitch' });
    expect(scorecardResult(scores(5, 5, 5, 1))).toMatchObject({ average: 4, recommendation: 'borderline' });
  });

  it('recommends passing below 2.5, or below 3 with a score of 1', () => {
    expect(scorecardResult(scores(2, 2, 3, 2))).toMatchObject({ average: 2.25, recommendation: 'pass' });
    expect(scorecardResult(scores(1, 3, 4, 3))).toMatchObject({ average: 2.75, recommendation: 'pass' });
    expect(scorecardResult(scores(3, 3, 2, 3))).toMatchObject({ average: 2.75, recommendation: 'borderline' });
  });

  it('says nothing until something is scored', () => {
    expect(scorecardResult([])).toEqual({ scored: 0, average: null, lowest: null, recommendation: 'incomplete' });
  });
});

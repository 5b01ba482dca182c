// The benchmark's arithmetic: percentiles, verdicts against goals, and the printed table.
import { describe, expect, it } from 'vitest';
import { formatTable, median, percentile, verdictOf, type Figure } from '../../../bench/stats';

const figure = (value: number, baseline: number | null, goal?: Figure['goal']): Figure => ({
  id: 'x', label: 'export brief', unit: 'ms', value, baseline, baselineLabel: baseline === null ? null : 'bare docx', samples: [value], ...(goal ? { goal } : {}),
});

describe('bench statistics', () => {
  it('interpolates percentiles between ranks and takes the middle as the median', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 95)).toBeCloseTo(48);
    expect(percentile([7], 95)).toBe(7);
    expect(() => percentile([], 50)).toThrow();
  });

  it('meets a goal only when both the bound and the ratio hold', () => {
    expect(verdictOf(figure(200, 100, { max: 300, maxRatio: 1.5 }))).toBe('missed');
    expect(verdictOf(figure(140, 100, { max: 300, maxRatio: 1.5 }))).toBe('met');
    expect(verdictOf(figure(400, null, { max: 300 }))).toBe('missed');
    expect(verdictOf(figure(400, 100))).toBe('—');
  });

  it('prints one aligned row per figure with its baseline, ratio, goal and verdict', () => {
    const table = formatTable([figure(34.2, 7.2, { max: 300, maxRatio: 1.5 })]).split('\n');
    expect(table[0]).toMatch(/^figure\s+value\s+baseline\s+ratio\s+goal\s+verdict$/);
    expect(table[2]).toContain('34.2 ms');
    expect(table[2]).toContain('7.20 ms (bare docx)');
    expect(table[2]).toContain('4.75×');
    expect(table[2]).toContain('< 300 ms, ≤ 1.5×');
    expect(table[2]).toMatch(/missed$/);
  });
});

// Quarter keys: parsing, arithmetic across years, day ranges including leap years, and labels in both languages.
import { describe, expect, it } from 'vitest';
import {
  compareQuarters,
  isInQuarter,
  nextQuarter,
  parseQuarter,
  previousQuarter,
  quarterLabel,
  quarterOf,
  quarterRange,
  quartersBetween,
  shiftQuarter,
} from '@shared/metrics/quarters';

describe('quarters', () => {
  it('finds the quarter of a day and of an instant', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterOf('2026-12-31T23:59:00.000Z')).toBe('2026-Q4');
    expect(quarterOf('2026-13-01')).toBeNull();
    expect(quarterOf('soon')).toBeNull();
  });

  it('moves across year ends in both directions', () => {
    expect(nextQuarter('2025-Q4')).toBe('2026-Q1');
    expect(previousQuarter('2026-Q1')).toBe('2025-Q4');
    expect(shiftQuarter('2026-Q3', -7)).toBe('2024-Q4');
    expect(shiftQuarter('2026-Q3', 6)).toBe('2028-Q1');
    expect(() => shiftQuarter('2026-Q5', 1)).toThrow();
  });

  it('gives each quarter its first and last day, February of leap years included', () => {
    expect(quarterRange('2024-Q1')).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(quarterRange('2026-Q2')).toEqual({ start: '2026-04-01', end: '2026-06-30' });
    expect(quarterRange('2026-Q4')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(isInQuarter('2026-09-30', '2026-Q3')).toBe(true);
    expect(isInQuarter('2026-10-01', '2026-Q3')).toBe(false);
    expect(isInQuarter(null, '2026-Q3')).toBe(false);
  });

  it('orders, lists and labels quarters', () => {
    expect(compareQuarters('2025-Q4', '2026-Q1')).toBeLessThan(0);
    expect(compareQuarters('2026-Q1', '2026-Q1')).toBe(0);
    expect(quartersBetween('2025-Q3', '2026-Q2')).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    expect(quartersBetween('2026-Q2', '2026-Q1')).toEqual([]);
    expect(parseQuarter('2026-Q3')).toEqual({ year: 2026, q: 3 });
    expect(quarterLabel('2026-Q3', 'zh-CN')).toBe('2026年第3季度');
    expect(quarterLabel('2026-Q3', 'en')).toBe('Q3 2026');
  });
});

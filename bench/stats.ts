// Figures of the benchmark: medians and percentiles of samples, goals checked against them, and the printed table.

/** The value below which `p` (0–100) of the samples fall, by linear interpolation between the nearest ranks. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] ?? 0;
  const highValue = sorted[high] ?? lowValue;
  return lowValue + (highValue - lowValue) * (rank - low);
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

/**
 * One line of the results. `value` and `baseline` share `unit`; a goal is an upper bound on the value and/or on the
 * ratio value ÷ baseline. `samples` are kept in the JSON so a reader can see the spread.
 */
export type Figure = {
  id: string;
  label: string;
  unit: 'ms' | 'MB';
  value: number;
  baseline: number | null;
  baselineLabel: string | null;
  samples: number[];
  goal?: { max?: number; maxRatio?: number };
};

export type Verdict = 'met' | 'missed' | '—';

export function ratioOf(figure: Figure): number | null {
  return figure.baseline !== null && figure.baseline > 0 ? figure.value / figure.baseline : null;
}

export function verdictOf(figure: Figure): Verdict {
  const goal = figure.goal;
  if (!goal) return '—';
  const ratio = ratioOf(figure);
  if (goal.max !== undefined && figure.value > goal.max) return 'missed';
  if (goal.maxRatio !== undefined && ratio !== null && ratio > goal.maxRatio) return 'missed';
  return 'met';
}

function formatAmount(value: number, unit: Figure['unit']): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)} ${unit}`;
}

function goalText(figure: Figure): string {
  const parts: string[] = [];
  if (figure.goal?.max !== undefined) parts.push(`< ${formatAmount(figure.goal.max, figure.unit)}`);
  if (figure.goal?.maxRatio !== undefined) parts.push(`≤ ${figure.goal.maxRatio}×`);
  return parts.join(', ');
}

/** The table printed at the end of a run: figure, baseline, ratio, goal and whether it was met. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((figure) => {
    const ratio = ratioOf(figure);
    return [
      figure.label,
      formatAmount(figure.value, figure.unit),
      figure.baseline === null ? '' : `${formatAmount(figure.baseline, figure.unit)} (${figure.baselineLabel ?? 'baseline'})`,
      ratio === null ? '' : `${ratio.toFixed(2)}×`,
      goalText(figure),
      verdictOf(figure),
    ];
  });
  const header = ['figure', 'value', 'baseline', 'ratio', 'goal', 'verdict'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

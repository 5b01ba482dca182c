// The development report's charts: money, pitch results, account health and the team's dimension averages, each this
// period against the previous one. Data in, ChartSpec out; the page draws them on canvas, Word gets them as PNG.
import type { Language } from '../model/common';
import type { ReportFigures } from '../metrics/report-figures';
import { dimensionChanges } from '../metrics/report-figures';
import { reportStrings } from '../metrics/report-strings';
import { periodLabel } from '../metrics/report-lifecycle';
import { clipText } from '../documents/sanitize';
import { CHART_COLOR, baseOption, type ChartSpec } from './chart-spec';

const axisStyle = {
  axisLine: { lineStyle: { color: CHART_COLOR.faint } },
  axisTick: { show: false },
  axisLabel: { color: CHART_COLOR.muted },
  splitLine: { lineStyle: { color: CHART_COLOR.grid } },
};

type Pair = { categories: string[]; previous: (number | null)[]; current: (number | null)[] };

/** Two bar series, previous (light) and current (navy), over the same categories. */
function pairChart(figures: ReportFigures, lang: Language, pair: Pair, description: string, format: 'count' | 'money'): ChartSpec {
  const t = reportStrings(lang).chart;
  const previousName = `${t.previous} ${periodLabel(figures.previous.period, lang)}`;
  const currentName = `${t.current} ${periodLabel(figures.current.period, lang)}`;
  // Money in 万 (zh) / thousands (en): whole yuan make axis labels too long to read.
  const divisor = format === 'money' ? (lang === 'zh-CN' ? 10_000 : 1_000) : 1;
  const unit = format === 'money' ? (lang === 'zh-CN' ? '万元' : 'k') : '';
  // 万 keep one decimal (854.5); thousands need none (8,545).
  const precision = format === 'money' && lang === 'zh-CN' ? 10 : 1;
  const scaled = (values: (number | null)[]) => values.map((v) => (v === null ? null : Math.round((v / divisor) * precision) / precision));
  const valueLabel = { show: true, position: 'top' as const, fontSize: 11, color: CHART_COLOR.ink };
  return {
    width: 560,
    height: 260,
    description,
    option: {
      ...baseOption(),
      color: [CHART_COLOR.series[1], CHART_COLOR.navy],
      legend: { top: 4, left: 'center', itemWidth: 16, itemHeight: 10 },
      grid: { left: 56, right: 20, top: 44, bottom: 30 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: pair.categories.map((c) => clipText(c, 20)), ...axisStyle, splitLine: { show: false }, axisLabel: { color: CHART_COLOR.ink, interval: 0 } },
      yAxis: { type: 'value', minInterval: 1, name: unit, nameTextStyle: { color: CHART_COLOR.muted }, ...axisStyle },
      series: [
        { type: 'bar', name: previousName, data: scaled(pair.previous), barGap: '10%', barMaxWidth: 36, label: valueLabel },
        { type: 'bar', name: currentName, data: scaled(pair.current), barMaxWidth: 36, label: { ...valueLabel, fontWeight: 'bold' } },
      ],
    },
  };
}

export function moneyChart(figures: ReportFigures, lang: Language): ChartSpec {
  const s = reportStrings(lang);
  const { current: c, previous: p } = figures;
  return pairChart(figures, lang, {
    categories: [s.figure['money.billed'], s.figure['money.collected'], s.figure['money.overdue']],
    previous: [p.money.billed, p.money.collected, p.money.overdue],
    current: [c.money.billed, c.money.collected, c.money.overdue],
  }, s.chart.moneyAlt, 'money');
}

export function pitchesChart(figures: ReportFigures, lang: Language): ChartSpec {
  const s = reportStrings(lang);
  const { current: c, previous: p } = figures;
  return pairChart(figures, lang, { categories: [s.chart.won, s.chart.lost], previous: [p.pitches.won, p.pitches.lost], current: [c.pitches.won, c.pitches.lost] }, s.chart.pitchesAlt, 'count');
}

export function healthChart(figures: ReportFigures, lang: Language): ChartSpec {
  const s = reportStrings(lang);
  const { current: c, previous: p } = figures;
  const levels = ['green', 'amber', 'red'] as const;
  return pairChart(figures, lang, { categories: levels.map((l) => s.health[l]), previous: levels.map((l) => p.accounts.health[l]), current: levels.map((l) => c.accounts.health[l]) }, s.chart.healthAlt, 'count');
}

/** Horizontal bars per dimension on the 1–5 scale; null when nobody was evaluated in either period. */
export function dimensionsChart(figures: ReportFigures, lang: Language): ChartSpec | null {
  const s = reportStrings(lang);
  const rows = dimensionChanges(figures);
  if (rows.length === 0) return null;
  return {
    width: 640,
    height: Math.max(220, 70 + rows.length * 34),
    description: s.chart.dimensionsAlt,
    option: {
      ...baseOption(),
      color: [CHART_COLOR.series[1], CHART_COLOR.navy],
      legend: { top: 4, left: 'center', itemWidth: 16, itemHeight: 10 },
      grid: { left: lang === 'zh-CN' ? 120 : 200, right: 36, top: 40, bottom: 28 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', min: 0, max: 5, interval: 1, ...axisStyle },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => clipText(lang === 'zh-CN' ? r.nameZh : r.nameEn, 40)), ...axisStyle, splitLine: { show: false }, axisLabel: { color: CHART_COLOR.ink, width: lang === 'zh-CN' ? 110 : 190, overflow: 'break' } },
      series: [
        { type: 'bar', name: `${s.chart.previous} ${periodLabel(figures.previous.period, lang)}`, data: rows.map((r) => r.previous), barWidth: 10, barGap: '15%' },
        { type: 'bar', name: `${s.chart.current} ${periodLabel(figures.current.period, lang)}`, data: rows.map((r) => r.current), barWidth: 10, label: { show: true, position: 'right', fontSize: 11, color: CHART_COLOR.navy } },
      ],
    },
  };
}

/** Every chart of a report, in the order the page and the document show them. */
export function reportCharts(figures: ReportFigures, lang: Language): { key: string; title: string; spec: ChartSpec }[] {
  const t = reportStrings(lang).chart;
  const dims = dimensionsChart(figures, lang);
  return [
    { key: 'money', title: t.money, spec: moneyChart(figures, lang) },
    { key: 'pitches', title: t.pitches, spec: pitchesChart(figures, lang) },
    { key: 'health', title: t.health, spec: healthChart(figures, lang) },
    ...(dims ? [{ key: 'dimensions', title: t.dimensions, spec: dims }] : []),
  ];
}

// The evaluation charts: a member's weighted score over the quarters against the team average, their scores per
// dimension against the team, and a quarter's rating distribution. Data in, ChartSpec out; nothing is drawn here.
import type { Language } from '../model/common';
import { documentStrings, fill } from '../i18n/documents';
import { clipText } from '../documents/sanitize';
import { parseQuarter } from '../metrics/quarters';
import { ratingBands, type RatingBand } from '../metrics/evaluation-score';
import type { MemberTrend } from '../metrics/evaluation-trend';
import { CHART_COLOR, baseOption, type ChartSpec } from './chart-spec';

/** User text on a chart: one line, XML-safe (an SVG with a control character cannot be read), and short. */
const label = (text: string, max: number) => clipText(text, max) || '—';

/** `2026 Q3` in Chinese, `Q3 2026` in English (as English text writes it): short enough for eight quarters on an axis. */
export function quarterTick(quarter: string, lang: Language): string {
  const parts = parseQuarter(quarter);
  if (!parts) return quarter;
  return lang === 'zh-CN' ? `${parts.year} Q${parts.q}` : `Q${parts.q} ${parts.year}`;
}

const axisStyle = {
  axisLine: { lineStyle: { color: CHART_COLOR.faint } },
  axisTick: { show: false },
  axisLabel: { color: CHART_COLOR.muted },
  splitLine: { lineStyle: { color: CHART_COLOR.grid } },
};

/** The member's weighted score per quarter (solid) and the team's average (dashed), on the 1–5 scale. */
export function scoreTrendChart(trend: MemberTrend, memberName: string, lang: Language): ChartSpec {
  const t = documentStrings(lang).evaluation;
  const name = label(memberName, 24);
  const quarters = trend.points.map((p) => quarterTick(p.quarter, lang));
  return {
    width: 640,
    height: 280,
    description: fill(t.chartAlt, { name }),
    option: {
      ...baseOption(),
      color: [CHART_COLOR.navy, CHART_COLOR.average],
      legend: { top: 4, left: 'center', itemWidth: 22, itemHeight: 10, textStyle: { color: CHART_COLOR.ink } },
      grid: { left: 44, right: 28, top: 44, bottom: 34 },
      tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? v.toFixed(2) : '—') },
      xAxis: { type: 'category', data: quarters, ...axisStyle, splitLine: { show: false } },
      yAxis: { type: 'value', min: 1, max: 5, interval: 1, ...axisStyle },
      series: [
        {
          type: 'line',
          name,
          // A value label sits on the side away from the team's line, so the two never overlap.
          data: trend.points.map((p) => ({
            value: p.score,
            label: { position: p.score !== null && p.teamAverage !== null && p.score < p.teamAverage ? ('bottom' as const) : ('top' as const) },
          })),
          symbol: 'circle',
          symbolSize: 8,
          lineStyle: { width: 3 },
          connectNulls: true,
          label: { show: true, position: 'top', color: CHART_COLOR.navy, fontWeight: 'bold', formatter: (p) => (typeof p.value === 'number' ? p.value.toFixed(2) : '') },
        },
        {
          type: 'line',
          name: t.trendColumns.team,
          data: trend.points.map((p) => p.teamAverage),
          symbol: 'emptyCircle',
          symbolSize: 6,
          lineStyle: { width: 2, type: 'dashed' },
          connectNulls: true,
        },
      ],
    },
  };
}

/** How many of the latest quarters the dimension chart compares. */
export const DIMENSION_CHART_QUARTERS = 3;

/**
 * The member's score on each dimension in the latest quarters (bars, older ones lighter) with the team's average of
 * the latest quarter (diamonds); dimensions top to bottom in framework order.
 */
export function dimensionScoresChart(trend: MemberTrend, memberName: string, lang: Language): ChartSpec {
  const t = documentStrings(lang).evaluation;
  const points = trend.points.slice(-DIMENSION_CHART_QUARTERS);
  const latest = points[points.length - 1];
  const names = trend.dimensions.map((d) => label(lang === 'zh-CN' ? d.nameZh : d.nameEn, 48));
  const palette = CHART_COLOR.series.slice(-points.length);
  const barWidth = points.length <= 1 ? 12 : points.length === 2 ? 10 : 8;
  const rowHeight = Math.max(30, points.length * (barWidth + 2) + 14);
  return {
    width: 640,
    height: Math.max(200, 70 + names.length * rowHeight),
    description: fill(t.dimensionChartAlt, { name: label(memberName, 24) }),
    option: {
      ...baseOption(),
      color: [...palette, CHART_COLOR.average],
      legend: { top: 4, left: 'center', itemWidth: 16, itemHeight: 10 },
      grid: { left: lang === 'zh-CN' ? 120 : 190, right: 28, top: 40, bottom: 28 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', min: 0, max: 5, interval: 1, ...axisStyle },
      yAxis: {
        type: 'category',
        data: names,
        inverse: true,
        ...axisStyle,
        splitLine: { show: false },
        axisLabel: { color: CHART_COLOR.ink, width: lang === 'zh-CN' ? 110 : 180, overflow: 'break', lineHeight: 14 },
      },
      series: [
        ...points.map((p) => ({
          type: 'bar' as const,
          name: quarterTick(p.quarter, lang),
          data: trend.dimensions.map((d) => p.dimensions[d.key] ?? null),
          barWidth,
          barGap: '15%',
          label: { show: p === latest, position: 'right' as const, color: CHART_COLOR.navy, fontSize: 11 },
        })),
        {
          type: 'scatter' as const,
          name: `${t.trendColumns.team}${latest ? ` ${quarterTick(latest.quarter, lang)}` : ''}`,
          data: trend.dimensions.map((d) => latest?.teamDimensions[d.key] ?? null),
          symbol: 'diamond',
          symbolSize: 11,
          z: 10,
        },
      ],
    },
  };
}

const BAND_COLOR: Record<RatingBand, string> = {
  outstanding: '#0E7C86',
  exceeds: '#3E8E7E',
  meets: '#1F3A5F',
  partly: '#B7791F',
  below: '#B42318',
};

/** The number of people in each rating band, best band first. */
export function bandDistributionChart(bands: Readonly<Record<RatingBand, number>>, lang: Language): ChartSpec {
  const t = documentStrings(lang).evaluation;
  return {
    width: 560,
    height: 240,
    description: t.bandChartAlt,
    option: {
      ...baseOption(),
      grid: { left: 40, right: 20, top: 24, bottom: 34 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: ratingBands.map((b) => t.band[b]), ...axisStyle, splitLine: { show: false }, axisLabel: { color: CHART_COLOR.ink, interval: 0 } },
      yAxis: { type: 'value', minInterval: 1, ...axisStyle },
      series: [
        {
          type: 'bar',
          name: t.summary.countColumn,
          barWidth: '46%',
          data: ratingBands.map((b) => ({ value: bands[b], itemStyle: { color: BAND_COLOR[b] } })),
          label: { show: true, position: 'top', color: CHART_COLOR.ink, fontWeight: 'bold' },
        },
      ],
    },
  };
}

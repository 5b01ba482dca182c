// A chart as data: an ECharts option plus its size and a text alternative, drawn the same way by the app (canvas) and
// by the Node commands (SVG → PNG), so a Word document carries exactly the chart the screen shows.
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption, TitleComponentOption, TooltipComponentOption } from 'echarts/components';

/** The ECharts option of our charts: only the series and components the renderers register (see ChartRuntime users). */
export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | ScatterSeriesOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption | TitleComponentOption | TooltipComponentOption
>;

export type ChartSpec = {
  option: ChartOption;
  /** Size in CSS pixels; images are rendered at twice this for print. */
  width: number;
  height: number;
  /** What the chart shows, in words: the alt text of the image and the accessible name on screen. */
  description: string;
};

/** The type stack of our charts: the same everywhere, so text measures alike on screen, in SVG and in resvg. */
export const CHART_FONT = "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans', sans-serif";

/** Colours shared with the documents' theme (shared/documents/theme.ts) and the app's accent. */
export const CHART_COLOR = {
  ink: '#1F2933',
  navy: '#1F3A5F',
  teal: '#0E7C86',
  muted: '#5F6B7A',
  faint: '#A7B1BE',
  grid: '#E2E8F0',
  average: '#C2410C',
  /** Older quarters fade towards the newest. */
  series: ['#C9D6E6', '#9FB3CC', '#5F7FA6', '#1F3A5F'],
} as const;

/** Options every chart shares: no animation (a PNG is taken at once), our font, white background. */
export function baseOption(): ChartOption {
  return {
    animation: false,
    backgroundColor: '#FFFFFF',
    textStyle: { fontFamily: CHART_FONT, color: CHART_COLOR.ink, fontSize: 12 },
  };
}

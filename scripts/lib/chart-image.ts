// Node side of the chart pipeline: a ChartSpec drawn by ECharts' server-side SVG renderer, then rasterised to PNG by
// resvg with the system's CJK fonts — for export-docs and the document tests (the app draws on a canvas instead).
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartSpec } from '../../shared/charts/chart-spec';

echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, SVGRenderer]);

/** The chart as an SVG document, drawn without a DOM. */
export function chartToSvg(spec: ChartSpec): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: spec.width, height: spec.height });
  try {
    chart.setOption(spec.option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The font resvg falls back to for any text: Debian's fonts-noto-cjk has Chinese and Latin glyphs. */
export const CHART_FALLBACK_FONT = 'Noto Sans CJK SC';

/** The chart as PNG bytes at `scale` times its CSS size (2 prints sharply at the size documents place it). */
export function chartToPng(spec: ChartSpec, scale = 2): Uint8Array {
  const svg = chartToSvg(spec);
  const image = new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: CHART_FALLBACK_FONT, sansSerifFamily: CHART_FALLBACK_FONT },
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
  }).render();
  return new Uint8Array(image.asPng());
}

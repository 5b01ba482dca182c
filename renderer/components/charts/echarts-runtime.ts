// ECharts for the renderer, loaded on first use (see echarts-setup.ts for what is included), drawing on canvas: the
// production CSP allows no wasm, so in the app charts become PNGs through the canvas, not resvg.
import type * as EChartsCore from 'echarts/core';

export type ECharts = typeof EChartsCore;

let runtime: Promise<ECharts> | null = null;

export function loadECharts(): Promise<ECharts> {
  runtime ??= import('./echarts-setup').then((m) => m.echarts);
  return runtime;
}

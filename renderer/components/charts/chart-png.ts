// A ChartSpec as PNG bytes in the renderer, for Word exports: ECharts draws it on an off-screen canvas at `scale` times
// its size. The Node commands make the same PNG through SVG and resvg (scripts/lib/chart-image.ts).
import type { ChartSpec } from '@shared/charts/chart-spec';
import { decodeBase64 } from '@shared/documents/image';
import { loadECharts } from './echarts-runtime';

export async function chartToPng(spec: ChartSpec, scale = 2): Promise<Uint8Array | null> {
  const echarts = await loadECharts();
  const host = document.createElement('div');
  // Off screen but laid out, so the canvas has its full size; hidden from assistive technology.
  host.setAttribute('aria-hidden', 'true');
  Object.assign(host.style, { position: 'fixed', left: '-10000px', top: '0', width: `${spec.width}px`, height: `${spec.height}px` });
  document.body.append(host);
  const chart = echarts.init(host, null, { renderer: 'canvas', width: spec.width, height: spec.height, devicePixelRatio: scale });
  try {
    chart.setOption(spec.option, true);
    const url = chart.getDataURL({ type: 'png', pixelRatio: scale, backgroundColor: '#ffffff' });
    const base64 = url.slice(url.indexOf(',') + 1);
    return decodeBase64(base64);
  } finally {
    chart.dispose();
    host.remove();
  }
}

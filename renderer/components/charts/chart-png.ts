// A ChartSpec as PNG bytes in the renderer, for Word exports: ECharts draws it on an off-screen canvas at `scale` times
// its size. The Node commands make the same PNG through SVG and resvg (scripts/lib/chart-image.ts).
import type { ChartSpec } from '@shared/charts/chart-spec';
import { loadECharts } from './echarts-runtime';

export async function chartToPng(spec: ChartSpec, scale = 2): Promise<Uint8Array | null> {
  const echarts = await loadECharts();
  const host = document.createElement('div');
  // Off screen but laid out, so the canvas has its full size; hidden from assistive technology.
  host.setAttribute('aria-hidden', 'true');
  Object.assign(host.style, { position: 'fixed', left: '-10000px', top: '0', width: `${spec.width}px`, height: `${spec.height}px` });
  document.body.append(host);
  const chart = echarts.init(host, null, { renderer: 'canvas', width: spec.width, height: spec.height, devicePixelRatio: scale });
  let canvas: HTMLCanvasElement;
  try {
    chart.setOption(spec.option, true);
    canvas = chart.renderToCanvas({ pixelRatio: scale, backgroundColor: '#ffffff' });
  } finally {
    chart.dispose();
    host.remove();
  }
  // toBlob encodes the PNG without holding up the page and gives bytes, not a base64 data URL to decode.
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  return blob ? new Uint8Array(await blob.arrayBuffer()) : null;
}

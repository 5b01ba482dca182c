// A chart on screen from a shared ChartSpec (the same spec the Word documents draw), as an image with a text
// alternative; it follows its container's width and keeps the spec's height. New data redraws the same chart
// instead of building a new one, so saving a form does not make its charts flicker.
import { useEffect, useRef, useState } from 'react';
import type { ECharts as EChartsInstance } from 'echarts/core';
import type { ChartSpec } from '@shared/charts/chart-spec';
import { loadECharts } from './echarts-runtime';

type ChartProps = { spec: ChartSpec; className?: string };

export function Chart({ spec, className }: ChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<EChartsInstance | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    let disposed = false;
    let cleanup = () => {};
    loadECharts().then(
      (echarts) => {
        if (disposed) return;
        const instance = echarts.init(element, null, { renderer: 'canvas' });
        const observer = new ResizeObserver(() => instance.resize());
        observer.observe(element);
        setChart(instance);
        cleanup = () => {
          observer.disconnect();
          instance.dispose();
        };
      },
      () => setFailed(true),
    );
    return () => {
      disposed = true;
      cleanup();
    };
  }, []);

  useEffect(() => {
    chart?.setOption(spec.option, true);
  }, [chart, spec]);

  return (
    <div className={className ? `chart ${className}` : 'chart'} role="img" aria-label={spec.description} data-chart={failed ? 'failed' : chart ? 'ready' : 'loading'}>
      <div ref={host} style={{ width: '100%', maxWidth: spec.width, height: spec.height }} />
    </div>
  );
}

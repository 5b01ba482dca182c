// The ECharts build the renderer uses: core plus only the series, components and canvas renderer our chart specs need,
// imported by name so the bundler leaves the rest of ECharts out. Loaded lazily through echarts-runtime.ts.
import * as core from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

core.use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

export const echarts = core;

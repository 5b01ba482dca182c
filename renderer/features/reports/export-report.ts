// Word export of a development report, its charts drawn on a canvas; the document code loads only when asked for.
import type { Language } from '@shared/model/common';
import type { Report } from '@shared/model/report';
import type { ReportFigures } from '@shared/metrics/report-figures';
import { repos } from '../../db';
import { chartToPng } from '../../components/charts/chart-png';
import { platform } from '../../platform/platform';
import { reportStrings } from '@shared/metrics/report-strings';
import { todayIso } from './report-data';

export type ExportOutcome = { ok: true; saved: boolean } | { ok: false; reason: string };

export async function exportReport(report: Report, figures: ReportFigures, lang: Language): Promise<ExportOutcome> {
  try {
    const [settings, { buildDevelopmentReport, reportChartSpecs }, { packToBlob, DOCX_MIME }, { documentFileName }] = await Promise.all([
      repos().settings.get(),
      import('@shared/documents/development-report'),
      import('@shared/documents/pack'),
      import('@shared/documents/file-name'),
    ]);
    // Each chart is drawn in turn while the ones before are still being encoded.
    const charts = reportChartSpecs(figures, lang);
    const pngs = await Promise.all(charts.map((chart) => chartToPng(chart.spec)));
    const images = Object.fromEntries(charts.map((chart, i) => [chart.key, pngs[i] ?? null]));
    const blob = await packToBlob(buildDevelopmentReport(report, figures, settings, lang, images, todayIso()));
    const result = await platform.saveFile({ defaultName: documentFileName([reportStrings(lang).doc.fileLabel, report.title]), mimeType: DOCX_MIME, filters: [{ name: 'Word', extensions: ['docx'] }], data: blob });
    if (!result.ok) return { ok: false, reason: result.error.message };
    return { ok: true, saved: result.value.saved };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

// Word exports of evaluations: one member's form and the team's quarter summary, with their charts drawn on a canvas.
// The document code, docx and ECharts load only when asked for.
import { format } from 'date-fns';
import type { Language } from '@shared/model/common';
import type { EvaluationEvidence } from '@shared/metrics/evaluation-evidence';
import { repos } from '../../db';
import { chartToPng } from '../../components/charts/chart-png';
import { platform } from '../../platform/platform';

export type ExportOutcome = { ok: true; saved: boolean } | { ok: false; reason: string };

const today = () => format(new Date(), 'yyyy-MM-dd');

async function save(blob: Blob, name: string, mimeType: string): Promise<ExportOutcome> {
  const result = await platform.saveFile({ defaultName: name, mimeType, filters: [{ name: 'Word', extensions: ['docx'] }], data: blob });
  if (!result.ok) return { ok: false, reason: result.error.message };
  return { ok: true, saved: result.value.saved };
}

/**
 * Exports one evaluation as its Word form, charts included. `evidence` is the quarter's evidence when the caller has it
 * on screen already; without it the member's briefs and every pitch are read to work it out.
 */
export async function exportEvaluationForm(id: string, lang: Language, evidence?: EvaluationEvidence): Promise<ExportOutcome> {
  try {
    const r = repos();
    const evaluation = await r.evaluations.get(id);
    if (!evaluation || evaluation.deletedAt) return { ok: false, reason: 'not-found' };
    const modules = Promise.all([import('@shared/documents/evaluation-form'), import('@shared/documents/pack'), import('@shared/documents/file-name'), import('@shared/i18n/documents')]);
    const history = r.evaluations.listByMember(evaluation.memberId);
    // The team's evaluations of the trend's quarters only, read while the rest is.
    const team = Promise.all([history, modules]).then(([own, [{ trendQuarters }]]) => r.evaluations.listByQuarters(trendQuarters(own, evaluation)));
    const [members, teamEvaluations, settings, loaded, records] = await Promise.all([
      r.members.list(),
      team,
      r.settings.get(),
      modules,
      evidence ? null : Promise.all([r.briefs.listBy('ownerId', evaluation.memberId), r.pitches.list(), r.accounts.list()]),
    ]);
    const [{ buildEvaluationForm, evaluationFormChartSpecs, evaluationFormData, indexEvaluationRecords }, { packToBlob, DOCX_MIME }, { documentFileName }, { documentStrings }] = loaded;
    const [briefs, pitches, accounts] = records ?? [[], [], []];
    const index = indexEvaluationRecords({ members, evaluations: teamEvaluations, briefs, pitches, accounts });
    const data = evaluationFormData(index, evaluation, evidence);
    const specs = evaluationFormChartSpecs(data, lang);
    const hasTrend = data.trend.points.length > 0;
    const [trend, dimensions] = hasTrend ? await Promise.all([chartToPng(specs.trend), chartToPng(specs.dimensions)]) : [null, null];
    const blob = await packToBlob(buildEvaluationForm(data, settings, lang, { trend, dimensions }, today()));
    const name = documentFileName([documentStrings(lang).evaluation.fileLabel.form, data.member?.name ?? '', evaluation.quarter]);
    return await save(blob, name, DOCX_MIME);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Exports the team's summary of a quarter, with the rating distribution chart. */
export async function exportTeamSummary(quarter: string, lang: Language): Promise<ExportOutcome> {
  try {
    const r = repos();
    const [members, evaluations, settings, modules] = await Promise.all([
      r.members.list(),
      r.evaluations.listByQuarter(quarter),
      r.settings.get(),
      Promise.all([import('@shared/documents/team-quarter-summary'), import('@shared/documents/pack'), import('@shared/documents/file-name'), import('@shared/i18n/documents')]),
    ]);
    const [{ buildTeamQuarterSummary, teamQuarterChartSpecs, teamQuarterData }, { packToBlob, DOCX_MIME }, { documentFileName }, { documentStrings }] = modules;
    const data = teamQuarterData(quarter, members, evaluations);
    const bands = data.summary.scoredCount > 0 ? await chartToPng(teamQuarterChartSpecs(data, lang).bands) : null;
    const blob = await packToBlob(buildTeamQuarterSummary(data, settings, lang, { bands }, today()));
    return await save(blob, documentFileName([documentStrings(lang).evaluation.fileLabel.summary, quarter]), DOCX_MIME);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
